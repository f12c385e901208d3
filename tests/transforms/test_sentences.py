"""Sentence spans over real news text (seed sample and ANT corpus sentences)."""
from marsad.paths import SAMPLE_ARTICLES
from transforms.sentences import split_sentences


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_decimal_amount_stays_in_its_sentence():
    # Seed sample: the 1.3 must not end the sentence.
    text = ("وتحصل مصر على مساعدات عسكرية أميركية قيمتها 1.3 مليار دولار سنويا منذ توقيعها معاهدة "
            "سلام مع إسرائيل عام 1979.\n\nتحديث (17:42 ت.غ)\n\nالتقى وزير الدفاع الأميركي جيمس ماتيس السبت")
    assert sentences(text) == [
        "وتحصل مصر على مساعدات عسكرية أميركية قيمتها 1.3 مليار دولار سنويا منذ توقيعها معاهدة "
        "سلام مع إسرائيل عام 1979.",
        "تحديث (17:42 ت.غ)",
        "التقى وزير الدفاع الأميركي جيمس ماتيس السبت",
    ]


def test_splits_on_period_followed_by_space():
    # ANT AL-economy-287-20180322
    text = ("8 مليون دولار في فبراير شباط من 451.9 مليون دولار في يناير كانون الثاني. "
            "وتعتبر القناة ممر الشحن البحري الأسرع")
    assert sentences(text) == ["8 مليون دولار في فبراير شباط من 451.9 مليون دولار في يناير كانون الثاني.",
                               "وتعتبر القناة ممر الشحن البحري الأسرع"]


def test_doctor_abbreviation_does_not_split():
    # ANT BB-middleEast-927-20180828
    text = "فضّلت وزيرة الاسكان د. جنان بوشهري عدم الظهور الإعلامي عند محاولة الاستفسار عن مستجدات هذه المقترحات."
    assert sentences(text) == [text]


def test_agency_acronym_does_not_split():
    text = "قال مسؤول لوكالة أ.ف.ب. إن الوفد وصل إلى القاهرة. وبدأت المحادثات"
    assert sentences(text) == ["قال مسؤول لوكالة أ.ف.ب. إن الوفد وصل إلى القاهرة.", "وبدأت المحادثات"]


def test_question_and_exclamation_marks_with_closers():
    # ANT AL-culture-70-20121011 and AL-culture-51-20131226
    text = ("غشوشة تأخذ نصف هذا المبلغ من الطلاب غير السعوديين! فماذا بعد؟! بعض التجاوزات "
            "وتركت لنا نحن ان «نحبها» بدلا من ان تنزل الى صفوفنا؟")
    assert sentences(text) == ["غشوشة تأخذ نصف هذا المبلغ من الطلاب غير السعوديين!", "فماذا بعد؟!",
                               "بعض التجاوزات وتركت لنا نحن ان «نحبها» بدلا من ان تنزل الى صفوفنا؟"]
    quoted = 'ويقول د. مهروترا: "إنه أحد أكثر أنواع السرطانات التي يمكن تجنبها." ثم أضاف'
    assert sentences(quoted) == ['ويقول د. مهروترا: "إنه أحد أكثر أنواع السرطانات التي يمكن تجنبها."', "ثم أضاف"]


def test_headline_double_dot_splits():
    # ANT AL-culture-3-20180218 title
    assert sentences("لأول مرة.. أغاني بوب كورية جنوبية في الشطر الشمالي") == [
        "لأول مرة..", "أغاني بوب كورية جنوبية في الشطر الشمالي"]


def test_spans_cover_seed_article_without_whitespace():
    text = (SAMPLE_ARTICLES / "000_202838f5eb5d9b9a.txt").read_text(encoding="utf-8")
    spans = split_sentences(text)
    assert spans == sorted(spans)
    assert all(text[s:e] == text[s:e].strip() and text[s:e] for s, e in spans)
    assert all("\n" not in text[s:e] for s, e in spans)
    seed_aid = next(text[s:e] for s, e in spans if "1.3" in text[s:e])  # the seed has a no-break space
    assert seed_aid.startswith("وتحصل مصر") and seed_aid.endswith("عام 1979.")
    assert ("تحديث (17:42 ت.غ)") in [text[s:e] for s, e in spans]


def test_a_one_letter_part_after_a_dot_is_an_abbreviation_and_a_longer_word_is_not():
    """Only the letter before the dot and the character before it are read: a one-letter word
    after a space or a quote (د. فيصل، "م. سيدي مختار") is an abbreviation; a word of two letters
    or more before the dot ends the sentence. Real sentences of non-gold ANT articles
    (AL-internationalNews-1156-20180514, SK-internationalNews-837-20180407)."""
    first = "فيما أوضح د. فيصل أن اجتماع المكتب القيادي ناقش الوضع الاقتصادي ووجه بإجراء معالجات بجانب التأكيد على ضرورة الثقة في الجهاز المصرفي."
    quoted = 'وأوضح بيان لوزارة الدفاع أن المتطرف يدعى "م. سيدي مختار" ويلقب بـ"مبارك"، وكان قد "التحق بالجماعات الإجرامية" عام 2014.'
    assert sentences(first) == [first]
    assert sentences(quoted) == [quoted]
    assert sentences(first + " " + quoted) == [first, quoted]
    assert sentences("د. فيصل") == ["د. فيصل"]
