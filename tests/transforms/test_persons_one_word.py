"""One-word names (issue 10): a relative named by one name word after a kinship noun with its
pronoun (وزوجته ميلانيا، وابنته يوليا), and a surname the text gave in full that opens with the
letter و (هارفي واينستين ... من واينستين), which is no conjunction glued to «اينستين». Sentences are
real, from non-gold ANT articles; the article id is given beside each."""
from tests.transforms.person_names import names


def test_a_name_word_after_a_kinship_noun_is_the_relative():
    # BB-internationalNews-312-20180408
    assert "ميلانيا" in names("غير أن ترامب وزوجته ميلانيا وابنهما بارون يعيشون الآن في واشنطن.")
    # BB-internationalNews-110-20180307
    assert "ميلانيا" in names("وفي مقابلة مع مجلة \"إنتاتش\" عام 2011، قالت الممثلة الإباحية إنها بدأت إقامة "
                              "علاقة جنسية مع ترامب عام 2006، وذلك بعد وقت قصير من إنجاب زوجته ميلانيا ابنه بارون.")


def test_a_relatives_name_before_her_age():
    # AL-internationalNews-420-20180311
    found = names("وعثر على سكريبال (66 عاماً) وابنته يوليا (33 عاماً) في حالة إغماء على مقعد في وسط مدينة "
                  "ساليسبري الساعة 4.")
    assert "يوليا" in found


def test_a_given_name_after_a_kinship_noun_before_a_clause():
    # BB-internationalNews-999-20180819
    assert names("وقال شقيقه عبدالله إن صالح ليست لديه ميول سياسية، أو انتماء لأي جماعة دينية.") == ["عبدالله"]


def test_an_adjective_or_a_date_after_a_kinship_noun_is_no_name():
    # AL-internationalNews-175-20180223
    assert names("وذكر #البيت_الابيض أن ترمب طلب من ابنته الكبرى، وهي أيضا من أكبر مستشاريه، السفر إلى "
                 "بيونغ تشانغ") == ["دونالد ترمب"]
    # AL-internationalNews-773-20180403
    assert names("وتسبب تسميم #سكريبال وابنته يوم 4 مارس/آذار في مدينة سالزبري الإنجليزية في صدمة في أنحاء "
                 "أوروبا.") == ["سيرغي سكريبال"]


def test_a_surname_opening_with_waw_keeps_it_after_the_full_name():
    # BB-culture-9-20180212
    text = ("وقال المدعي العام لنيويورك إريك شنايدمان يوم الأحد إنه رفع دعوى قضائية ضد شركة واينستين، وضد "
            "هارفي واينستين وشقيقه روبرت. وقال إن استديوهات واينستين أخفقت في حماية الموظفات من واينستين.")
    found = names(text)
    assert "هارفي واينستين" in found
    assert "اينستين" not in found


def test_a_common_word_behind_a_clitic_after_a_kinship_noun_is_no_name():
    # FR-internationalNews-884-20180424
    found = names("واستقبل الرئيس الأمريكي دونالد ترامب وزوجته ميلانيا ماكرون وزوجته بحفاوة عند مدخل البيت "
                  "الأبيض، وتبادل الرئيسان")
    assert "بحفاوة" not in found


def test_a_kings_ordinal_stays_with_his_name_after_a_kinship_noun():
    # BB-internationalNews-646-20180613
    assert "فيليب الثاني" in names("كانت مقدونيا الأسكندر الأكبر، خلال القرن الرابع قبل الميلاد، وأيام والده "
                                   "فيليب الثاني من قبله، تهيمن على اليونان")


def test_the_second_half_of_a_compound_given_name_is_no_name_alone():
    # Known names hold الدين only inside (نور الدين بدوي، سعد الدين العثماني): alone it is the word
    # «religion» (رجال الدين: clerics), whatever the tagger reads.
    # BB-middleEast-881-20180812
    found = names("وتم القبض على عدد من رجال الدين، أبرزهم سلمان العودة وسفر الحوالي وعوض القرني، كما تم "
                  "اعتقال الشيخ سفر الحوالي، الشهر الماضي.")
    assert "الدين" not in found and "سفر الحوالي" in found
    # BB-internationalNews-906-20180801
    assert "الدين" not in names("بل سأواجه جميع من يملكون العبيد، ورجال الدين الذين يشرعون العبودية بفتاواهم "
                                "والحقوقيين الذي يصمون آذانهم وينكرون وجود العبودية في البلاد.")
