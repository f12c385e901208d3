"""A family name whose first letter is و closing a name (issue 10: names cut short at a و read as
the conjunction).

After a given name and a second name word, a word in و right before punctuation or a title in
apposition is the family name's own letter (سارة ليا ويتسن، مديرة ...), though what follows the و
reads as a verb or a frequent word (يتسن). A conjunct keeps ending the name: a word with a pronoun
(ونظيره), a definite word (والوفد) or a hamza (وأحمد), or و glued to another known name.

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
from person_names import names  # the pipeline's own lexicons


def test_a_family_name_in_w_before_a_comma_and_a_title():
    # BB-middleEast-395-20180424
    text = ('وقالت سارة ليا ويتسن، مديرة قسم الشرق الأوسط وشمال أفريقيا في هيومن رايتس ووتش أن "أي عملية '
            'لمكافحة الإرهاب')
    found = names(text)
    assert "سارة ليا ويتسن" in found
    assert "سارة ليا" not in found


def test_w_glued_to_a_second_name_still_ends_the_first():
    # BB-internationalNews-882-20180723
    text = ('أخبر وزير الداخلية البريطاني، ساجد جاويد، المدعي العام الأمريكي أن المملكة المتحدة لن تطلب أية '
            'ضمانات بأن أليكسندا كوتي وشفيع الشيخ لن يُعدما.')
    found = names(text)
    assert not any("وشفيع" in name for name in found)


def test_a_family_name_in_w_right_after_a_given_name_before_a_comma():
    # BB-middleEast-894-20180816: two words after the given name أحمد, the و of وداعي before the comma
    # is the family name's own (the source writes no hamza after it, as a conjunct's وأحمد has).
    text = ('من جهته، قال مدير معهد البحرين للحقوق والديمقراطية، سيد أحمد وداعي، رداً على الموضوع: '
            '"وجدت الأمم المتحدة بما لا يقبل الشك أن اعتقال البحرين لنبيل رجب هو تعسفي')
    assert "سيد أحمد وداعي" in names(text)


def test_a_speech_subject_opening_with_si_that_is_no_future_verb():
    # FR-internationalNews-875-20180423: سيليا is no future verb (سي + ليا), so a speech verb's
    # subject may open with it.
    text = ('وتهدف زيارة الدولة التي يقوم بها ماكرون بين 23 و25 أبريل/نيسان الجاري إلى إثراء تلك العلاقات '
            'وتعزيز التقارب الأمريكي-الفرنسي حيث تقول سيليا بيلان، أستاذة العلوم السياسية والباحثة المختصة '
            'في العلاقات عبر الأطلسي')
    assert "سيليا بيلان" in names(text)


def test_a_family_name_in_ya_with_a_bare_alef_before_a_comma():
    # BB-internationalNews-207-20180322: ياكوفينكو (a bare alef after the ي: no present verb) closes
    # the name before the comma.
    from flows.lexicons import load_lexicons
    from transforms.persons.names import final_ya_surname
    from transforms.persons.tokens import tokenize
    lexicon = load_lexicons().persons
    tokens = tokenize('وقال السفير الروسي في لندن، ألكساندر ياكوفينكو، إن تصريحات جونسون "غير مسؤولة"')
    texts = [t.text for t in tokens.items]
    assert final_ya_surname(tokens, texts.index("ياكوفينكو"), lexicon)
    assert not final_ya_surname(tokens, texts.index("تصريحات"), lexicon)


def test_a_city_after_a_speech_verb_is_no_name_in_ya():
    # SK-internationalNews-2109-20180612: بيونغ يانغ is the capital speaking, not a person.
    text = ('لكي يفهم كل منهما الآخر". وقالت بيونغ يانغ، أن القمة التاريخية شكّلت "تحوّلا جذريا"')
    assert not any("يانغ" in name for name in names(text))


def test_a_family_name_in_w_before_the_definite_title_of_its_holder():
    # SK-internationalNews-893-20180411: the title in apposition with no comma before it
    text = ('وقال منظم المقاطعة توبي والش الأستاذ في جامعة نيو ساوث ويلز في سيدني إنه تم إلغاء المقاطعة بعد '
            'تعهد كايست "السريع والواضح بالاستخدام المسؤول للذكاء الاصطناعي في تطوير الأسلحة".')
    assert "توبي والش" in names(text)


def test_w_before_a_bare_title_is_the_honorific_of_the_next_person():
    # CN-middleEast-172-20180304: معالي (his excellency) before رئيس opens the next official
    text = ('وزير الدولة لشؤون أفريقيا الأستاذ أحمد قطان ومعالي رئيس هيئة الأركان العامة الفريق أول ركن فياض '
            'الرويلي، ومعالي رئيس الشؤون الخاصة')
    found = names(text)
    assert "أحمد قطان" in found
    assert not any("ومعالي" in name for name in found)
