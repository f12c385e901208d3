"""Three readings of the parties of a sum, each on real sentences of non-gold ANT articles
(transforms/aid/parties.py, candidates.py):

- a lender named again by the bare head of its name before a preposition that opens with ال
  (من الصندوق إلى: إلى normalises to الي) is still that lender (`head_noun_mentions`);
- من after a verb of receiving names the giver (ما حصلت عليه تونس من الصندوق: `_received_from`);
- a total told in the sentence that names its giver stays that giver's (`_giver_of_its_sentence`);
- a sum spread over three or more states named in one list after it goes to no one of them
  (`_spread_over_states`): its row names no recipient, as the guidelines' gold does.
"""
from tests.transforms.aid.test_aid_steps import _traced
from transforms.aid.candidates import _spread_over_states

# ANT CN-economy-243-20180831 (non-gold): the IMF's loan to Tunisia.
IMF_BODY = (
    "دبي، الإمارات المتحدة العربية (CNN)-- طالب صندوق النقد الدولي، الجمعة، تونس، بالعمل على خفض فاتورة الواردات، "
    "من خلال الحد مما أسماه، \"الطلب المفرط\" على الاستيراد، داعيا السلطات التونسية، إلى العمل على متابعة إصلاح دعم "
    "الطاقة، وتحسين إدارة فاتورة الأجور العامة.\n"
    "وقال في بيان إنه توصل إلى اتفاق، مع السلطات التونسية، بشأن السياسات اللازمة لإستكمال المراجعة الرابعة للملف "
    "التونسي، مما سيسمح للمجلس التنفيذي للصندوق، باتاحة صرف شريحة قيمتها 257 مليون دولار، بنهاية سبتمبر/أيلول، "
    "ليصل بذلك إجمالي ما حصلت عليه تونس من الصندوق إلى 1.5 مليار دولار، من القرض البالغ قيمته الإجمالية 2.8 مليار دولار.")

# ANT SK-internationalNews-455-20180320 (non-gold): Iran's spending told by Trump.
SPREAD_BODY = (
    "كشف الرئيس الأميركي دونالد ترامب عن الثروات التي ينفقها نظام طهران على الإرهاب، في حين أكد أن وزارة الخزانة "
    "الأميركية بصدد إظهار دعم بلاده للشعب الإيراني رغم الرقابة والقمع التي يعاني منها.\n"
    "وقال ترامب إن الحرس الثوري الإيراني صرف مبلغ 16 مليار دولار منذ العام 2012 من ثروات الشعب الإيراني لدعم نظام "
    "بشار الأسد والميليشيات الإرهابية في سوريا والعراق واليمن.")


def _parties(rows, amount):
    return [(r["donor_iso2"] or r["donor_name_ar"], r["recipient_iso2"] or r["recipient_name_ar"])
            for r in rows if r["amount"] == amount]


def test_the_fund_named_by_its_head_before_ila_gives_what_tunisia_received():
    rows, _ = _traced("ماذا طلب صندوق النقد من تونس لمنحها شريحة جديدة من القرض؟", IMF_BODY)
    assert _parties(rows, 1.5e9) == [("صندوق النقد الدولي", "TN")]


def test_the_total_of_the_loan_stays_the_lenders():
    rows, _ = _traced("ماذا طلب صندوق النقد من تونس لمنحها شريحة جديدة من القرض؟", IMF_BODY)
    assert _parties(rows, 2.8e9) == [("صندوق النقد الدولي", "TN")]


def test_a_sum_spread_over_three_states_names_no_recipient():
    rows, [(ctx, candidates)] = _traced("ترامب يكشف حجم تمويل إيران للإرهاب ويعلن عن إجراءات", SPREAD_BODY)
    [c] = [c for c in candidates if c.money.value == 1.6e10]
    assert _spread_over_states(ctx, c, "SY")
    assert [(r["donor_iso2"], r["recipient_iso2"], r["recipient_name_ar"]) for r in rows if r["amount"] == 1.6e10] == [
        ("IR", None, None)]


def test_a_recipient_named_alone_stays():
    # ANT SK-middleEast-682-20180331 (non-gold, judged ok: US -> SY).
    body = ("قالت صحيفة \"وول ستريت جورنال\" الأميركية، إن الرئيس دونالد ترامب جمد تمويلا بقيمة ٢٠٠ مليون دولار، كان "
            "مخصصا لإعادة الحياة في سوريا.")
    rows, [(ctx, candidates)] = _traced(None, body)
    assert not any(_spread_over_states(ctx, c, "SY") for c in candidates)
    assert _parties(rows, 2e8) == [("US", "SY")]
