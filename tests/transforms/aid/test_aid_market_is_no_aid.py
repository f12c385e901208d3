"""A sum put into a market (سوق الصرف، السوق السوداء) is no transfer from a donor to a recipient: سوق is a
word of class aid_not_aid (seeds/cue_words.csv), so the aid model reads how near it stands to the sum
(feature not_aid_dist) and the frame rules hold a sum nearer to it than to an aid word as no aid.
A real sentence from a non-gold ANT article."""
import math

from tests.transforms.aid.test_aid_steps import _aid, aid_lists
from transforms.aid import cues

# ANT CN-economy-297-20180910 (non-gold): a central bank puts money into its own exchange market.
SENTENCE = ("كشف محمدرضا بور ابراهيمي، رئيس اللجنة الاقتصادية بمجلس الشورى الاسلامي في إيران \"البرلمان\"، "
            "الأحد، أن البنك المركزي الإيراني يعتزم ضخ 8 مليارات دولار، في سوق الصرف الثانوية.")


def test_a_market_is_a_word_of_money_that_is_no_aid():
    words = aid_lists()
    assert cues.is_in("سوق", words.not_aid) and cues.is_in("السوق", words.not_aid)


def test_the_aid_model_reads_the_market_two_words_after_the_sum():
    rows, candidates = _aid("الاقتصاد التركي ينمو بأقل وتيرة خلال عام ونصف", SENTENCE)
    (sum_,) = candidates
    assert rows == []
    # في سوق: the second word after the sum, where without the row no word of not-aid is near (1.0).
    assert sum_.features["not_aid_dist"] == math.log1p(2) / math.log1p(30)
