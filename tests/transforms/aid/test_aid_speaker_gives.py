"""A speaker's gift in the first person (سنقدم، خصصنا) is given by the speaker's country: the donor
model's pick is overruled for that party (transforms/aid/candidates.py `score_donors`), whatever
state the quote names as where the money goes. A real sentence from a non-gold ANT article."""
from tests.transforms.aid.test_aid_steps import _aid


def test_the_speakers_country_gives_what_the_speaker_says_we_give():
    # ANT FR-internationalNews-1954-20180621 (non-gold): Merkel, in Amman, quoted in the first person.
    body = ("أجرت المستشارة الألمانية أنغيلا ميركل الخميس محادثات مع العاهل الأردني الملك عبد الله الثاني في عمان.\n"
            "وقالت ميركل للصحافيين في تصريحات أدلت بها إلى جانب العاهل الأردني عقب لقائهما في الديوان الملكي "
            "\"سنقدم (للأردن) قرضا ميسرا غير مشروط قيمته 100 مليون دولار لدعم تنفيذ الإصلاحات المطلوبة من قبل "
            "صندوق النقد الدولي\".")
    rows, candidates = _aid("ميركل تلتقي العاهل الأردني في عمان", body)
    assert [(r["donor_iso2"], r["recipient_iso2"], r["amount"]) for r in rows] == [("DE", "JO", 1e8)]
    (sum_,) = candidates
    speaker = next(p for p in sum_.parties if p.features.get("speaker_we_give"))
    assert speaker.party.iso2 == "DE" and speaker.p_donor == 1.0


def test_no_first_person_gift_leaves_the_donor_to_the_model():
    # The same report told in the third person: no party is set as the sure donor.
    body = ("أجرت المستشارة الألمانية أنغيلا ميركل الخميس محادثات مع العاهل الأردني الملك عبد الله الثاني في عمان.\n"
            "وقالت ميركل للصحافيين إن ألمانيا ستقدم للأردن قرضا ميسرا غير مشروط قيمته 100 مليون دولار لدعم تنفيذ "
            "الإصلاحات المطلوبة من قبل صندوق النقد الدولي.")
    _, candidates = _aid("ميركل تلتقي العاهل الأردني في عمان", body)
    assert all(p.p_donor < 1.0 for c in candidates for p in c.parties)
