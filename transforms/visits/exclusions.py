"""What looks like a visit but is not one (GUIDELINES, visits): phone calls, denied, cancelled,
postponed or merely demanded visits, flight, exile and defection, private, sporting or cultural
trips. Each test reads the normalised words around one trigger, so a cancelled meeting does not
cancel another visit in the same sentence.
"""
from __future__ import annotations

import re

_PHONE = re.compile(r"(?<!\w)(?:هاتفي|هاتفيا|هاتفيه|الهاتف|هاتفيين|مكالمه|الفيديو|فيديو)(?!\w)")
# Negation, denial, cancellation, postponement, refusal, mere demand or invitation.
_NEGATED_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:لم|لن|لا|الا|ليس|عدم|دون|غاب|غياب|الغائب|يغيب|تغيب|قاطع|قاطعت|يقاطع|مقاطعه|اشاعه|شائعات|نفي|ينفي|نفت|تنفي|نفيا|الغي|الغت|يلغي|تلغي|الغاء|ارجا|ارجات|ارجاء|"
    r"تاجيل|اجل|اجلت|يؤجل|رفض|رفضت|يرفض|ترفض|منع|منعت|يمنع|حظر|ربما|يمكن|امكانيه|احتمال|"
    r"محتمل|محتمله|لو|اذا)(?!\w)"
)
# A demand or an invitation to visit (طالب بزيارة، دعاه لزيارة، تلقى دعوة لزيارة) is not a visit yet.
_DEMANDED = re.compile(
    r"(?<!\w)[وف]?(?:طالب|طالبت|يطالب|تطالب|مطالبه|دعا|دعت|يدعو|تدعو|دعوه|دعوته|دعاه|دعاها|يرغب|ترغب|"
    r"رغبه|رغبته|يامل|تامل|امل)(?!\w)"
)
_NEGATED_AFTER = re.compile(
    r"(?<!\w)(?:الغيت|الغي|تاجلت|اجلت|ارجئت|الملغاه|الملغي|المحتمله|المحتمل|المحتمل)(?!\w)"
)
# Flight, exile, defection, asylum; tourism, sport, treatment, family, worship, culture.
_NOT_OFFICIAL = re.compile(
    r"(?<!\w)[وفل]?(?:فرار|هرب|هروب|فارا|هاربا|لجا|لجوء|اللجوء|لاجئ|لاجئا|منفي|المنفي|انشق|انشقاق|ترحيل|"
    r"خاصه|سياحيه|سياحه|للسياحه|علاج|للعلاج|العلاج|عائليه|عطله|اجازه|حج|الحج|عمره|العمره|مباراه|"
    r"المباراه|منتخب|المنتخب|فرق|فرقه|فريق|رياضيه|الرياضيه|رياضي|الرياضي|نادي|النادي|بطوله|البطوله|مهرجان|المهرجان|سرا|متسللا)(?!\w)"
)


def is_excluded(before: str, after: str, trigger: str = "") -> str | None:
    """The reason a trigger (its normalised surface `trigger`, with `before`/`after` normalised
    context) is not a visit, or None."""
    near_before = " ".join(before.split()[-4:])
    if trigger.lstrip("وف")[:1] in ("ل", "ب") and _DEMANDED.search(" ".join(before.split()[-12:])):
        return "demanded"
    if _PHONE.search(near_before) or _PHONE.search(" ".join(after.split()[:3])):
        return "phone"
    if _NEGATED_BEFORE.search(near_before) or _NEGATED_AFTER.search(" ".join(after.split()[:6])):
        return "negated"
    if _NOT_OFFICIAL.search(near_before) or _NOT_OFFICIAL.search(" ".join(after.split()[:3])):
        return "not official"
    return None
