"""A verb after its subject's name ends the name (issue 10): a present of a dual or plural subject
(مانويل نوير يواصلان), and, behind و or ف, a past verb of a dual, plural or feminine subject
(أندرياس وارتبطا، أحمد فاستقرت), which the name reader had taken for one more foreign name word.
Bare, a past form stays a name word (جان بينوا كاسترمان: بينوا is no «بين» of a plural).

Sentences are real, from ANT articles; the article id and its part are given beside each."""
from tests.transforms.person_names import names


def test_a_present_dual_verb_ends_the_name_before_it():
    # AL-sport-1645-20180521 (team part)
    found = names("ومن لاعبي بايرن ميونخ المتواجدين في صفوف المنتخب الألماني، لا يزال كل من جيروم بواتينغ "
                  "والحارس مانويل نوير يواصلان التدريبات الفردية الخاصة من أجل استعادة اللياقة بعد الغياب "
                  "لفترة بسبب الإصابة.")
    assert "مانويل نوير" in found
    assert not any("يواصلان" in name for name in found)


def test_a_past_dual_verb_behind_wa_ends_the_name():
    # BB-middleEast-663-20180627 (team part)
    found = names("خلال الاحتفال الذي اقيم في 1902 بمناسبة تولي خالها الملك إدوراد السابع عرش بريطانيا قابلت "
                  "ألِس أمير اليونان والدنمارك أندرياس وارتبطا بعلاقة حب تتوجت بالزواج عام 1903.")
    assert "أندرياس" in found
    assert not any("وارتبطا" in name for name in found)


def test_a_past_verb_of_three_letters_in_a_foreign_name_stays():
    # BB-middleEast-1059-20181005 (non-gold)
    found = names("وذكرت صحيفة \"جازيتا فيبورتسا\" اليومية أن الكتاب الذي ترجم إلى البولندية من تأليف الكاتب "
                  "جان بينوا كاسترمان، واستخدم في ورشة تعليمية خارج المنهاج المدرسي في مدرسة في شمال وارسو.")
    assert "جان بينوا كاسترمان" in found
