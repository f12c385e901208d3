"""A name the text writes twice or more with a first letter that could be a clitic (و، ل، ب), and
never without it, keeps that letter: a conjunction or a preposition is not glued to one name every
time the text names it (issue 10: وليامسون read as و + ليامسون).

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
from tests.transforms.person_names import names


def test_a_name_written_glued_every_time_keeps_its_first_letter():
    # CN-middleEast-233-20180309 (non-gold)
    text = ("وأفادت وكالة الأنباء السعودية الرسمية (واس) بأن ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع اجتمع "
            "مع وزير الدفاع البريطاني غافين وليامسون في قاعدة \"نورث هولت\" الجوية، حيث حلقت مقاتلات \"تايفون\" "
            "ترحيبا بالأمير محمد بن سلمان.\n"
            "وقال وليامسون، عبر حسابه على تويتر: \"لقد اتخذنا خطوة حيوية نحو استكمال صفقة أخرى لمقاتلات تايفون")
    found = names(text)
    # the tagger reads وليامسون as the name's next word after the title's غافين: one person, the later
    # وليامسون his short form
    assert "غافين وليامسون" in found
    assert not any(name.split()[-1] == "ليامسون" for name in found)
