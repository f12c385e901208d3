"""A sum that a private person pays (a financier's transfers to a group, a businessman's loan) is no aid
of a state or a body: where the actor named last before the sum in its sentence is a person with no title
of office and tied to no state, the model's row is dropped (transforms/aid/candidates.py
`_given_by_person`). A state or a body named nearer the sum, an official or a person the article ties to
a state keeps it. Real sentences from non-gold ANT articles."""
from tests.transforms.aid.test_aid_steps import _traced
from transforms.aid.candidates import _given_by_person


def _one(title, body, value):
    rows, [(ctx, candidates)] = _traced(title, body)
    [c] = [c for c in candidates if c.money.value == value]
    return rows, ctx, c


def test_a_financiers_transfer_to_a_group_is_no_aid():
    # ANT CN-middleEast-725-20180425 (non-gold): QA → تنظيم القاعدة before (a designated financier's transfers).
    body = ("وحضر رئيس الوزراء القطري حفل زفاف استضافه عبد الرحمن النعيمي المصنف باعتباره ممولا للإرهاب والذي "
            "بحسب وزارة الخزانة الأميركية \"أشرف على نقل مليوني دولار شهريا\" إلى تنظيم القاعدة في العراق.")
    rows, ctx, c = _one("قطر", body, 2e6)
    assert _given_by_person(ctx, c)
    assert rows == []


def test_a_persons_intended_transfer_is_no_aid():
    # ANT AL-internationalNews-912-20180414 (non-gold): SY → QA before; سوريا is where, القاعدة who receives.
    body = ("وكانت الحكومة البريطانية قد أدرجت عبد الرحمن بن عمير النعيمي، رئيس \"منظمة الكرامة لحقوق الإنسان\"، "
            "ومقرها جنيف، على قائمة العقوبات لاشتباهها في تمويله جماعات متطرفة.\n"
            "وذكرت أن النعيمي قدم في 2013 ما يقارب 600 ألف دولار إلى القاعدة، عبر ممثلها في سوريا أبوخالد "
            "السوري، وكان ينوي إرسال 50 ألف دولار أيضاً.")
    rows, ctx, c = _one("قطر", body, 5e4)
    assert _given_by_person(ctx, c)
    assert rows == []


def test_a_loan_between_businessmen_is_no_aid():
    # ANT AL-internationalNews-1790-20180628 (non-gold): US → RU before (a loan to Manafort's firm).
    body = ("وفي شهادة ملحقة بطلب مذكرة التفتيش، قال ضابط بمكتب التحقيقات الاتحادي (إف.بي.آي) إنه راجع الإقرارات "
            "الضريبية لشركة يملك فيها مانافورت وزوجته حصة مسيطرة وإنها كشفت عن قرض قيمته 10 ملايين دولار من رجل "
            "أعمال روسي يدعى أوليغ دريباسكا.")
    rows, ctx, c = _one("مانافورت", body, 1e7)
    assert _given_by_person(ctx, c)
    assert rows == []


def test_a_state_named_after_the_person_gives():
    # ANT CN-middleEast-1590-20181017 (non-gold): the government is the actor nearest the sum: SA → US stays.
    body = ("كشف مسؤول بوزارة الخارجية الأمريكية أن الحكومة السعودية أرسلت 100 مليون دولار إلى واشنطن، الثلاثاء، "
            "وهو نفس اليوم الذي شهد زيارة وزير الخارجية مايك بومبيو إلى الرياض لمناقشة ما حدث للصحفي المفقود جمال خاشقجي.")
    rows, ctx, c = _one("السعودية", body, 1e8)
    assert not _given_by_person(ctx, c)


def test_an_official_acts_for_his_state():
    # ANT SK-middleEast-1405-20180504 (non-gold): the president cuts his state's aid.
    body = ("وكان الرئيس الأميركي، دونالد ترامب، قد علق مساعدات بقيمة 200 مليون دولار أميركي لجهود إنعاش الأوضاع "
            "في سوريا في مارس الماضي.")
    rows, ctx, c = _one("سوريا", body, 2e8)
    assert not _given_by_person(ctx, c)
    assert [(r["donor_iso2"], r["recipient_iso2"], r["amount"]) for r in rows] == [("US", "SY", 2e8)]
