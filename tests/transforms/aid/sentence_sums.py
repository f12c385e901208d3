"""Each sum of one sentence with what a frame rule says of it, the sentence analysed as extraction
analyses an article body: for the tests of one aid frame rule."""
from flows.extraction import analyse_article
from flows.lexicons import load_lexicons
from transforms.aid.candidates import aid_candidates, build_aid_context, sentence_tokens


def read_sums(sentence: str, judge) -> list[tuple]:
    """(amount, judge(ctx, candidate, first_token, end_token)) for each sum of the sentence."""
    lexicons = load_lexicons()
    ctx = build_aid_context(analyse_article(None, sentence, None, lexicons).docs["body"], None)
    return [(c.money.value, judge(ctx, c, *sentence_tokens(ctx, c.sentence)))
            for c in aid_candidates(ctx, lexicons.currencies)]
