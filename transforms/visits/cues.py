"""Arabic cue words around a visit frame, as compiled patterns over normalised text (أإآ→ا، ى→ي، ة→ه).

Each pattern is a fact about Arabic news: which prepositions introduce a destination (إلى، نحو)
or a meeting place (في، بـ + مدينة/العاصمة), which verbs say a meeting is held somewhere (يعقد،
انعقد، تستضيف), which nouns make "في <place>" a topic rather than a venue (الأوضاع في سوريا).
"""
import re

# Prepositions that make a following place the destination of travel (normalised).
TO_PLACE = re.compile(
    r"(?:(?<!\w)(?:الي|نحو|صوب)\s+(?:[وفبل]?(?:ال)?(?:مدينه|العاصمه|عاصمه|جزيره|منتجع|قصر|مقر|ولايه|اقليم|بلده|"
    r"مطار|قاعده|دوله|منطقه)\s+(?:[^\s]+\s+)?)?|(?<!\w)[وف]?[لب](?:ل|ال)?(?:مدينه|العاصمه|عاصمه|جزيره|منتجع|"
    r"قصر|مقر|ولايه|اقليم|بلده|مطار|قاعده|دوله)\s+(?:[^\s]+\s+){0,1})$"
)
# Prepositions that place a meeting (في القاهرة، بالأردن).
PLACE_HEADS = (r"(?:مدينه|العاصمه|عاصمه|جزيره|منتجع|قصر|مقر|ولايه|قريه|منطقه|فندق|قاعده|مبني|منزل|"
                r"اقليم|مقاطعه|مطار|بلده)")
IN_PLACE = re.compile(
    rf"(?:(?<!\w)(?:في|داخل)\s+(?:[وفبل]?(?:ال)?{PLACE_HEADS}\s+(?:[^\s]+\s+)?)?|(?<!\w)[وف]?ب(?:ال)?{PLACE_HEADS}\s+(?:[^\s]+\s+)?)$"
)
# A verb of holding right before a meeting's place (مؤتمر يعقد بالأردن، انتهى مساء الخميس بروما).
HELD = re.compile(
    r"(?<!\w)[وف]?(?:عقد|عقدت|يعقد|تعقد|انعقد|انعقدت|ينعقد|تنعقد|سينعقد|ستنعقد|ستعقد|سيعقد|انتهي|انتهت|"
    r"اختتم|اختتمت|افتتح|افتتحت|المنعقد|المنعقده|المقام|المقامه|تستضيف|يستضيف|استضاف|استضافت|تقام|يقام|"
    r"اقيم|اقيمت|تجري|جرت)(?!\w)"
)
# Nouns of a meeting's subject before "في <place>": the place is what was discussed, not where.
TOPIC_BEFORE = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:اوضاع|وضع|ازمه|حرب|صراع|تطورات|سلام|استقرار|امن|نزاع|تسويه|عمليات|انتخابات|"
    r"اعمار|مصالحه|ملف|قضيه|تدخل|وجود|هجوم|معارك|اقتصاد|استثمار|استثمارات)\s+في\s+$"
)
# An event noun a relative "شاركت فيه" can point back to (وترأست المؤتمر ... وشاركت فيه).
EVENT_BEFORE = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?(?:مؤتمر|قمه|اجتماع|اجتماعات|منتدي|اجتماعا|لقاء|محادثات|مباحثات)(?!\w)")
# "لقاء بومبيو في كوريا الشمالية قبل قمة ...": a second meeting, not the same one.
OTHER_EVENT = re.compile(r"(?<!\w)(?:قبل|قبيل|بعد|بعيد|عقب|اثر|منذ|تمهيدا|للاعداد)(?!\w)")
# Words that put someone at a meeting named before (خلال القمة، على هامش المؤتمر، أمام القمة).
AT_EVENT = re.compile(r"(?<!\w)(?:في|خلال|اثناء|اثر|هامش|امام|ختام|مستهل|افتتاح|بدايه|نهايه|انتهاء|اختتام|بعد|قبيل)\s*(?:[^\s]+\s*)?$")
WHERE = re.compile(r"^\s*[،,]?\s*حيث(?:\s+[^\s]+){0,2}\s*$")
EVENT_NOUNS = {"مؤتمر", "قمه", "اجتماع", "اجتماعات"}
GATHERING_CUES = re.compile(r"(?<!\w)[وف]?(?:لل|[بل]?(?:ال)?)(?:قاده|زعماء|اعضاء|وزراء|رؤساء|ممثلي|ممثلو|وفود|دول|تكتل)(?!\w)")
# Words that introduce a list of taking-part countries (شاركت فيه 41 دولة من بينها ...).
COUNTRY_LIST_CUES = re.compile(r"(?<!\w)[وف]?(?:لل|[بل]?(?:ال)?)(?:دول|دوله|بلدا|بلدان|بينها|منها)(?!\w)")
INTERNATIONAL = re.compile(
    r"الامين العام|الامم المتحده|الاممي|مبعوث|المبعوث|حلف|الناتو|الاطلسي|الاتحاد الاوروبي|المفوض|"
    r"صندوق النقد|البنك الدولي|الوكاله الدوليه|المجلس الاوروبي|الجامعه العربيه|الاتحاد الافريقي|"
    r"منظمه التعاون|منظمه الصحه العالميه|مجلس التعاون"
)
# The complementiser after a verb of saying: what follows is reported, its speaker no participant.
REPORTED = re.compile(
    r"(?<!\w)(?:إن|إنه|إنها)(?!\w)"
    r"|(?<!\w)[وف]?(?:قال|قالت|يقول|تقول|أكد|أكدت|يؤكد|أعلن|أعلنت|أوضح|أوضحت|ذكر|ذكرت|أضاف|أضافت|اعتبر|اعتبرت|"
    r"رأى|أشار|أشارت|أفاد|أفادت|صرح|كشف|كشفت)(?:\s+\S+){0,4}?\s+(?:أن|بأن|أنه|أنها)(?!\w)"
)
# Adverbs of time that may stand between a verb of travel and its place (يزور حالياً إسرائيل).
TIME_ADVERBS = re.compile(r"(?<!\w)[وف]?(?:حاليا|الان|اليوم|غدا|امس|مجددا|ايضا|رسميا|قريبا|لاحقا|مساء|صباح|صباحا|فجر)(?!\w)")
