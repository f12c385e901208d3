"""An article's trigger words and its frames sentence by sentence (frames/article.py)."""
from flows.lexicons import load_lexicons
from tests.transforms.visits.frames.helpers import names, read
from tests.transforms.visits.frames.seed_article import mattis, sentence_with
from transforms.visits.triggers import find_triggers

# BB-internationalNews-12-20180215
ANC = "وكان حزب المؤتمر الوطني الإفريقي قد خير زوما بين الاستقالة أو مواجهة تصويت بحجب الثقة عنه."
# AL-internationalNews-58-20140203
QUOTED = ("سألت الوزير الإيراني عما ينوي حمله إلى السعودية، فقال: «لقد عبرت عن رغبتي في زيارة السعودية قبل أشهر، ولا "
          "أزال أتطلع للقيام بذلك. لدينا الكثير من المصالح التي بإمكاننا الحوار حولها.. لا نريد التنافس مع السعودية، "
          "بل في حوار البلدين استتباب للأمن في المنطقة».")


def test_a_meeting_word_inside_an_organisations_name_is_no_trigger():
    article = read(ANC)
    assert [t.form for t in find_triggers(article.ctx.normalized.text, load_lexicons().visits.triggers)] == ["مؤتمر"]
    assert article.triggers == []


def test_a_word_of_travel_inside_a_quotation_is_no_trigger():
    article = read(QUOTED)
    assert "زيارة" in article.ctx.text and article.triggers == []


def test_a_sentence_that_names_nobody_continues_the_last_sentences_traveller():
    # «وسيبدأ الوزير الأميركي محادثاته ...» names no person; «وسيسافر ماتيس» and the sentences
    # before it do. «وفي اليوم التالي، سيتوجه المسؤول الأميركي إلى باكستان» continues him.
    article = mattis()
    s = sentence_with(article, "سيتوجه المسؤول الأميركي إلى باكستان")
    frames = [f for f in article.frames() if f.s_index == s]
    assert [([h.iso2 for h in f.hosts], names(f.visitors)) for f in frames if f.trigger.kind == "go"] == [
        (["PK"], ["جيمس ماتيس"]), (["KW"], ["جيمس ماتيس"])]
