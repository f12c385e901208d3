"""The type of an aid figure from the words that tell only its type (classes aid_humanitarian_hint, aid_development_hint): the people
it reaches and the relief agency it goes to make it humanitarian, rebuilding makes it development.
Real sentences from the develop part (train-develop and the team's batches)."""
from tests.transforms.aid.test_aid_steps import _aid, aid_lists


def _flows(title, body, field):
    """(donor, recipient, amount, the row's `field`) of each aid row."""
    rows, _ = _aid(title, body)
    return [(r["donor_iso2"] or r["donor_name_ar"], r["recipient_iso2"] or r["recipient_name_ar"], r["amount"], r[field])
            for r in rows]


def _types(title, body):
    return _flows(title, body, "aid_type")


def test_aid_to_a_relief_agency_is_humanitarian():
    # BB-middleEast-32-20180212 (train-develop): unspecified before.
    body = ("وقالت واشنطن إنها ستسلم 60 مليون دولار، كجزء من مدفوعات مخططة لأونروا، لكنها ستعلق تسليم 65 مليون دولار "
            "حتى تنفذ المنظمة \"إصلاحات\".")
    assert ("US", "الأونروا", 6e7, "humanitarian") in _types("واشنطن تجمد مساعدات الأونروا", body)


def test_aid_for_civilians_affected_is_humanitarian():
    # FR-internationalNews-923-20180425 (team): unspecified before.
    body = ("تعهدت الجهات المانحة الأربعاء بتقديم مساعدات بقيمة 4.4 مليار دولار للمدنيين المتأثرين بالنزاع في سوريا، "
            "خلال مؤتمر استضافته العاصمة البلجيكية بروكسل وشاركت فيه أكثر من 80 دولة ووكالة ومنظمة إنسانية.")
    assert _types("مؤتمر بروكسل للمانحين", body) == [(None, "SY", 4.4e9, "humanitarian")]


def test_aid_to_rebuild_is_development():
    # BB-middleEast-401-20180424 (train-develop): unspecified before.
    body = ("ستقدم دولة الإمارات العربية المتحدة 50 مليون دولار للمساعدة في إعادة بناء جامع النوري في مدينة الموصل "
            "العراقية، الذي دمره مسلحو تنظيم ما يعرف بالدولة الإسلامية.")
    assert _types("الإمارات تعيد بناء جامع النوري", body) == [("AE", "IQ", 5e7, "development")]


def test_a_type_hint_is_no_party_role():
    # The hints tell the type only: parties.py skips the aid type words (classes aid_military …), never these.
    words = aid_lists()
    hints = words.type_words["humanitarian"] - words.aid_types["humanitarian"]  # class aid_humanitarian_hint
    assert {"الاونروا", "المتضررين"} <= hints
    assert not any(hints & w for w in words.aid_types.values())


def _statuses(title, body):
    return _flows(title, body, "status")


def test_a_package_announced_is_pledged():
    # CN-middleEast-1236-20180816 (train-develop): provided before; the gold says pledged.
    body = ("قال الشيخ تميم بن حمد، أمير قطر، إن بلاده تقف إلى جانب تركيا التي وقفت بدورها إلى جانب قضايا الأمة وقطر، "
            "معلنا عن حزمة ودائع ومشاريع استثمارية بقيمة 15 مليار دولار.")
    assert _statuses("قطر تدعم تركيا", body) == [("QA", "TR", 1.5e10, "pledged")]


def test_the_present_of_a_verb_of_cutting_with_ta_is_a_cut():
    from transforms.aid.frames import Money, _status
    from tests.transforms.aid.test_aid_steps import _aid_tokens
    # BB-middleEast-32-20180212 (train-develop): «لكنها ستعلق تسليم 65 مليون دولار» was read pledged.
    tokens = _aid_tokens("وقالت واشنطن إنها ستسلم 60 مليون دولار، كجزء من مدفوعات مخططة لأونروا، لكنها ستعلق تسليم 65 "
                         "مليون دولار حتى تنفذ المنظمة إصلاحات.")
    first = next(i for i, t in enumerate(tokens) if t[2] == "65")
    money = Money(tokens[first][0], tokens[first + 2][1], 6.5e7, "USD", first, first + 2)
    assert _status(tokens, money, 0, len(tokens), aid_lists()) == "cut"


def test_a_verb_of_cutting_with_a_promise_is_a_pledge():
    # FR-internationalNews-923-20180425 (team): «قطع وعودا» is to make promises; the sum was read as a cut.
    from transforms.aid.frames import Money, _status
    from tests.transforms.aid.test_aid_steps import _aid_tokens
    words = aid_lists()

    def status(sentence, amount):
        tokens = _aid_tokens(sentence)
        first = next(i for i, t in enumerate(tokens) if t[2] == amount)
        return _status(tokens, Money(0, 0, 1.0, "USD", first, first + 2), 0, len(tokens), words)

    assert status("وأضاف أنه يتوقع خلال المؤتمر الذي يشارك فيه أكثر من 80 بلدا ووكالة ومنظمة إنسانية، بقطع وعود "
                  "بتقديم 3،3 مليارات دولار إضافية للعام 2019 وما بعد.", "3،3") == "pledged"
    # BB-middleEast-939-20180825 (non-gold): a cut is still a cut.
    assert status("وخفّضت واشنطن بالفعل نحو 65 مليون دولار من أموال كانت تدفعها لوكالة الأمم المتحدة لإغاثة وتشغيل "
                  "اللاجئين الفلسطينيين.", "65") == "cut"


def test_developmental_aid_is_development():
    # ANT FR-internationalNews-485-20180317 (non-gold, scripts/aid_sample.py): مساعدات إنمائية (class aid_development,
    # beside تنموي) was unspecified before.
    body = ("وتخصص فرنسا مساعدات إنمائية بحوالي 85 مليون يورو في السنة للنيجر التي شدد كولومب على \"دورها الأساسي\" "
            "كونها \"الدولة الأفضل تنظيما لاحتواء الهجمات الإرهابية\" وأيضا لمكافحتها الهجرة غير الشرعية.")
    assert _types(None, body) == [("FR", "NE", 8.5e7, "development")]
