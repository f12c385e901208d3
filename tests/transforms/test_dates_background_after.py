"""Issue 15: a bare weekday in the phrase of an event its clause comes after, opened by بعد (class date_background_after
of seeds/cue_words.csv), is not looked ahead to by a future cue before it: the event it dates has happened. Real
sentences of ANT articles in no gold file (ids quoted)."""
from tests.transforms.test_code_lists_as_rows import ROWS, date_lexicon_without, values


def _row_sentence():
    (row,) = [r for r in ROWS if r["class"] == "date_background_after" and r["lemma"] == "بعد"]
    assert row["example_id"] == "AL-internationalNews-2000-20180720"
    return row["example"]


def test_the_summit_after_the_comma_is_the_monday_gone_by():
    # AL-internationalNews-2000-20180720, published on Friday 20 July: «يعتزم» looks ahead (to a visit later this year),
    # but the Helsinki summit «، بعد قمتهما الأولى في هلسنكي، الاثنين» was held on Monday 16 July, not the 23rd.
    text, published = _row_sentence(), "2018-07-20T16:02:07+04:00"
    assert values(text, published, date_lexicon_without()) == ["2018", "2018-07-16"]
    assert values(text, published, date_lexicon_without("date_background_after", "بعد")) == ["2018", "2018-07-23"]


def test_the_meeting_after_the_comma_is_not_the_coming_week():
    # AL-internationalNews-1455-20180604, published on Monday 4 June at 01:15: the strike called for «الأربعاء المقبل»
    # comes after the government's refusal at its meeting with the unions «السبت», two days before (2 June), not the
    # Saturday to come.
    text = ("ودعا مجلس النقابات المهنية الأردنية للمرة الثانية، إلى اضراب عام عن العمل على مستوى الأردن يوم الأربعاء "
            "المقبل، بعد رفض الحكومة سحب مشروع قانون ضريبة الدخل خلال اجتماعها مع النقابات السبت.")
    published = "2018-06-04T01:15:03+04:00"
    assert values(text, published, date_lexicon_without()) == ["2018-06-06", "2018-06-02"]
    assert values(text, published, date_lexicon_without("date_background_after", "بعد")) == ["2018-06-06", "2018-06-09"]


def test_the_election_won_is_the_sunday_gone_by():
    # AL-internationalNews-1780-20180627, published on Wednesday 27 June: Erdogan «will enjoy» stronger powers after his
    # win in the elections «الأحد», Sunday 24 June (no comma before بعد), not 1 July.
    text = ("وسيحظى أردوغان بسلطات معززة بعد فوزه في الانتخابات التركية، الأحد، ما أثار المخاوف في بروكسل التي هنأته "
            "على فوزه في بيان مقتضب.")
    published = "2018-06-27T06:07:05+04:00"
    assert values(text, published, date_lexicon_without()) == ["2018-06-24"]
    assert values(text, published, date_lexicon_without("date_background_after", "بعد")) == ["2018-07-01"]


def test_after_the_afternoon_or_a_counted_span_is_no_background():
    # بعد ظهر is a part of the day and بعد يومين من، بعد نحو 36 ساعة من a span counted from an event: none opens the
    # phrase of an event, so the future of the clause still reaches the weekday. FR-internationalNews-611-20180408
    # (published on Sunday 8 April): «وسيلتقي ولي العهد السعودي … الرئيس إيمانويل ماكرون بعد ظهر الثلاثاء» is Tuesday
    # 10 April, to come.
    lexicon = date_lexicon_without()
    text = ("وسيلتقي ولي العهد السعودي، البالغ من العمر 32 عاما، الرئيس إيمانويل ماكرون بعد ظهر الثلاثاء لتعزيز "
            "العلاقات المتوترة بين الرياض وباريس.")
    assert values(text, "2018-04-08T05:13:48+00:00", lexicon) == ["2018-04-10"]
    assert lexicon.background_after.search("وسيعود بعد يومين من ") is None
    assert lexicon.background_after.search("وسيعود بعد نحو 36 ساعه من ") is None
    assert lexicon.background_after.search("ويعتزم استقباله، بعد قمتهما ") is not None
