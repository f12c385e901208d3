from transforms.arabic_text import clean_hashtags, normalize, normalize_key

# Real text from the ANT corpus (AL-culture-3-20180218) and the seed.
HASHTAG_SENTENCE = "سمحت #كوريا_الشمالية بأداء أغانٍ جنوبية أمام الجمهور"


def test_hashtags_are_blanked_in_place():
    cleaned = clean_hashtags(HASHTAG_SENTENCE)
    assert len(cleaned) == len(HASHTAG_SENTENCE)
    assert "كوريا الشمالية" in cleaned
    assert "#" not in cleaned and "_" not in cleaned
    assert clean_hashtags("جيمس #ماتيس") == "جيمس  ماتيس"


def test_letters_and_digits_are_unified():
    assert normalize_key("الإمارات") == "الامارات"
    assert normalize_key("أميركا") == "اميركا"
    assert normalize_key("القاهرة") == "القاهره"
    assert normalize_key("مستشفى") == "مستشفي"
    assert normalize_key("١٤ ربيع الأول ١٤٣٩") == "14 ربيع الاول 1439"


def test_offsets_map_back_through_removed_tashkeel():
    source = "بأداء أغانٍ جنوبية أمام"  # the tanween on أغانٍ is dropped
    norm = normalize(source)
    assert len(norm.text) == len(source) - 1
    start = norm.text.index("جنوبيه")
    s, e = norm.span_to_original(start, start + len("جنوبيه"))
    assert source[s:e] == "جنوبية"
    start = norm.text.index("اغان")
    s, e = norm.span_to_original(start, start + 4)
    assert source[s:e] == "أغان"


def test_tatweel_inside_a_word_maps_to_the_whole_word():
    source = "وقال وزير الخارجـــية الأميركي"
    norm = normalize(source)
    start = norm.text.index("الخارجيه")
    s, e = norm.span_to_original(start, start + len("الخارجيه"))
    assert source[s:e] == "الخارجـــية"


def test_no_break_spaces_and_direction_marks_do_not_split_words():
    # The seed has U+00A0 between words; web copy often carries U+200F marks.
    source = "أجرى\u00a0وزير الدفاع\u200f الأميركي"
    norm = normalize(source)
    assert norm.text == "اجري وزير الدفاع الاميركي"
    start = norm.text.index("الاميركي")
    s, e = norm.span_to_original(start, start + len("الاميركي"))
    assert source[s:e] == "الأميركي"


def test_dropped_offsets_of_adjacent_marks_and_marks_ending_the_text():
    # Real title (AL-internationalNews-627-20180326): tanween and shadda side by side (تحدٍّ).
    source = "الشرعية اليمنية: الاستهداف الحوثي للسعودية تحدٍّ صارخ"
    norm = normalize(source)
    assert norm.dropped == (46, 47)
    assert norm.text == "الشرعيه اليمنيه: الاستهداف الحوثي للسعوديه تحد صارخ"
    assert norm.source_length == len(source)
    start = norm.text.index("صارخ")
    assert norm.span_to_original(start, start + 4) == (49, 53)
    word = normalize("تحدٍّ")  # the marks end the text: nothing after the last one
    assert (word.text, word.dropped) == ("تحد", (3, 4))
    assert normalize("تحدي").dropped == ()


def test_every_token_map_is_the_normalised_texts_map():
    # One offset map (issue 8): the analysed document's tokens and the persons tokens take their
    # original offsets from NormalizedText, and a batch of spans maps as each span does alone.
    # A real sentence of the seed (aid_complementiser), its damma dropped: وُجهت.
    from transforms.document import tokenize as document_tokens
    from transforms.persons.tokens import tokenize as person_tokens

    source = "وقد وُجهت لمانافورت تهم بأنه دفع ما قيمته 2.5 مليون دولار أمريكي، لسياسيين أوروبيين"
    norm = normalize(source)
    tokens = document_tokens(source, norm)
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    assert norm.spans_to_original(starts, ends) == ([t.ostart for t in tokens], [t.oend for t in tokens])
    assert [norm.span_to_original(s, e) for s, e in zip(starts, ends)] == [(t.ostart, t.oend) for t in tokens]
    assert [source[t.ostart:t.oend] for t in tokens][:3] == ["وقد", "وُجهت", "لمانافورت"]
    words = person_tokens(source, norm).items
    assert [(w.ostart, w.oend) for w in words] == [(t.ostart, t.oend) for t in tokens if t.text.isalpha()]
