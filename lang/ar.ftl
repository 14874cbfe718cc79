# تسميات plenary بالعربية: المحضر (Markdown وHTML)، وموجز النتائج ورموز QR الخاصة به، وعناوين
# أعمدة CSV. بأسلوب المحاضر الرسمية. المعرّفات نفسها التي في lang/en.ftl (يتحقق من ذلك
# tests/languages.rs).
#
# The digits are 0–9 (the "Western Arabic" digits), not ٠–٩: the Maghreb and much of today's
# Arabic print and official documents use them; a note-taker's figures (votes, times, dates
# typed into notes) are almost always typed with them, so one page never mixes two sets of
# digits; and each ٠–٩ digit is two bytes in UTF-8, which costs room in the QR codes. The month
# names are those of Egypt and the Gulf (يناير … ديسمبر), read across the Arab world.
# Plural forms follow CLDR's six for Arabic: zero, one, two, few (3–10), many (11–99), other.

## القوائم والتواريخ

separator-comma = {"، "}
separator-semicolon = {"؛ "}
separator-colon = {": "}

month = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
month-short = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
# $day: 1 الاثنين، 7 الأحد.
weekday = { $day ->
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] الأحد
}
date = { $day } { $month } { $year }
date-day-month = { $day } { $month }
date-short = { $day } { $month } { $year }
date-day-month-short = { $day } { $month }
time = { $hour }:{ $minute }
date-with-weekday = { $weekday }، { $date }
date-span-month = { $first }–{ $day } { $month } { $year }
date-span = من { $from } إلى { $to }

## متى عُقدت الجلسة

length-minutes = { $minutes ->
    [zero] 0 دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقةً
   *[other] { $minutes } دقيقة
}
length-open = مفتوحة المدة
when-from = منذ { $start } ({ $state })
when-planned = مقررة في { $start }، { $length }
when-planned-no-start = مقررة لمدة { $length }، وقت البدء غير معروف
when-no-start = { $length }، وقت البدء غير معروف
span-open = { $start }، مفتوحة المدة
held-moved = { $held } (المقرر { $planned })
held-elsewhere = المقرر { $planned }؛ سُجّلت { $held } في { $date }
held-elsewhere-unplanned = سُجّلت { $held } في { $date }
running-planned = منذ { $start } ({ $state }؛ المقرر { $planned })
running-elsewhere = المقرر { $planned }؛ سُجّلت منذ { $start } في { $date } ({ $state })
running-elsewhere-unplanned = سُجّلت منذ { $start } في { $date } ({ $state })

state-pending = لم تبدأ
state-running = جارية
state-paused = متوقفة مؤقتًا
state-done = منتهية
state-skipped = ملغاة

kind-talk = عرض
kind-discussion = نقاش
kind-proposals = مقترحات
kind-decision = اتخاذ القرار
kind-action-planning = تخطيط الإجراءات
kind-visit = زيارة
kind-break = استراحة

## القرارات والمقترحات

status-proposed = مقترح
status-adopted = اعتُمد
status-rejected = رُفض
status-deferred = أُرجئ
method-consensus = توافق الآراء
method-vote = التصويت: المؤيدون { $for }، المعارضون { $against }، الممتنعون { $abstain }
outcome-settled = { $status } ب{ $method }
outcome-counted = { $status }؛ { $method }
method-show-of-hands = رفع الأيدي
method-sense-strong = توجه القاعة (قوي)
method-sense-weak = توجه القاعة (ضعيف)
method-sense-none-opposed = توجه القاعة (دون اعتراض)
method-chair = إعلان الرئيس
method-to-be-confirmed = التأكيد لاحقًا
method-to-be-confirmed-by = التأكيد لاحقًا من { $by }
count-over = أكثر من { $n }
count-about = نحو { $n }
outcome-pending = { $status }، { $method }
method-election = انتخاب
method-election-facts = انتخاب: { $facts }
outcome-elected = انتُخب: { $names }
election-seats = { $n ->
    [zero] 0 مقعد
    [one] مقعد واحد
    [two] مقعدان
    [few] { $n } مقاعد
    [many] { $n } مقعدًا
   *[other] { $n } مقعد
}
election-candidates = المرشحون: { $names }
election-votes = { $name } ({ $votes ->
    [zero] 0 صوت
    [one] صوت واحد
    [two] صوتان
    [few] { $votes } أصوات
    [many] { $votes } صوتًا
   *[other] { $votes } صوت
})
election-blank = { $n ->
    [zero] 0 ورقة بيضاء أو ملغاة
    [one] ورقة واحدة بيضاء أو ملغاة
    [two] ورقتان بيضاوان أو ملغاتان
    [few] { $n } أوراق بيضاء أو ملغاة
    [many] { $n } ورقةً بيضاء أو ملغاة
   *[other] { $n } ورقة بيضاء أو ملغاة
}
decision-open = لم يُبتّ فيه
decision-selected = اختير
# Selected, in the words the meeting gave its decision.
decision-selected-as = اختير ({ $words })
decision-selected-option = اختير: الخيار { $option } — { $title }
decision-selected-option-unknown = اختير: الخيار { $option }
proposal-options = الخيارات: { $options }
decision-merged = دُمج
decision-merged-into = دُمج في «{ $title }»
decision-parked = عُلّق
decision-parked-why = عُلّق ({ $why })

## من شارك

count-participants = { $n ->
    [zero] لا مشاركين
    [one] مشارك واحد
    [two] مشاركان
    [few] { $n } مشاركين
    [many] { $n } مشاركًا
   *[other] { $n } مشارك
}
count-named-participants = { $n ->
    [zero] لا مشاركين مدرجين بالاسم
    [one] مشارك واحد مدرج بالاسم
    [two] مشاركان مدرجان بالاسم
    [few] { $n } مشاركين مدرجين بالاسم
    [many] { $n } مشاركًا مدرجًا بالاسم
   *[other] { $n } مشارك مدرج بالاسم
}
count-countries = { $n ->
    [zero] لا دول
    [one] دولة واحدة
    [two] دولتان
    [few] { $n } دول
    [many] { $n } دولة
   *[other] { $n } دولة
}
count-sessions = { $n ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $n } جلسات
    [many] { $n } جلسة
   *[other] { $n } جلسة
}
headline-from = { $who } من { $countries }
headline-named = { $n ->
    [zero] { $who }، لا أحد منهم مدرج بالاسم
    [one] { $who }، منهم واحد مدرج بالاسم
    [two] { $who }، منهم اثنان مدرجان بالاسم
    [few] { $who }، منهم { $n } مدرجون بالاسم
    [many] { $who }، منهم { $n } مدرجًا بالاسم
   *[other] { $who }، منهم { $n } مدرج بالاسم
}
# How many of the named took part from elsewhere, after the rest of the headline.
headline-remote = { $n ->
    [zero] { $who }، لا أحد منهم عن بُعد
    [one] { $who }، منهم واحد عن بُعد
    [two] { $who }، منهم اثنان عن بُعد
    [few] { $who }، منهم { $n } عن بُعد
    [many] { $who }، منهم { $n } عن بُعد
   *[other] { $who }، منهم { $n } عن بُعد
}
# A participant in the list who took part remotely.
participant-remote = { $name } (عن بُعد)
headline-represented = { $who }؛ { $countries } ممثَّلة
headline-only-represented = { $countries } ممثَّلة
headline-some-from = { $who }، منهم { $n } من { $countries }
fact-languages = اللغات
fact-interpretation = الترجمة الشفوية
interpretation-provided = متوفرة
languages-interpreted = { $languages }، مع ترجمة شفوية

## المحضر

fact = { $label }:
fact-dates = التواريخ
fact-place = المكان
fact-organisers = الجهات المنظمة
fact-hosts = الجهات المضيفة
fact-participants = المشاركون
fact-organisations = المنظمات
fact-principles = المبادئ
fact-rule = القاعدة
rule-chatham-house = عُقد الاجتماع وفق قاعدة تشاتام هاوس: يسجّل هذا المحضر ما قيل، ولا يذكر أبدًا من قاله
heading-objective = الهدف
heading-background = الخلفية
heading-participants = المشاركون
column-name = الاسم
column-organisation = المنظمة
column-organisations = المنظمات
column-country = البلد
column-role = الدور
heading-next-steps = الخطوات التالية
no-next-steps = لم تُسجَّل خطوات تالية.
lede-minutes = محضر الاجتماع
lede-minutes-so-far = المحضر المؤقت للاجتماع
lede-place = { $lede } المنعقد في { $place }
lede-dates = { $lede }، { $dates }
lede-finished = { $lede }.
lede-in-progress = { $lede } (جارٍ: عُقدت { $held } من أصل { $sessions }).
day-hours = الموعد المقرر: { $start }–{ $end }.
day-hours-from = الموعد المقرر: ابتداءً من { $start }.
day-hours-until = الموعد المقرر: حتى { $end }.
heading-sessions = الجلسات
heading-day = اليوم { $n } — { $date }
heading-day-titled = اليوم { $n } — { $date }: { $title }
session-facts = { $kind }، { $when }
session-skipped = { $facts } — ملغاة
session-not-held = { $facts } — لم تُعقد
session-led-by = { $facts }. أدارها { $leads }
# A role the agenda gives the session and who holds it, as the agenda names the role.
session-role = { $facts }. { $role }: { $who }
session-track = { $facts }، بالتوازي: { $track }
session-room = { $facts }، في { $room }
presented-by = قدّمه: { $who }.
reference = المرجع: { $reference }.
captures-key-points = النقاط الرئيسية
captures-questions = الأسئلة
captures-quotes = الاقتباسات
captures-notes = الملاحظات
captures-actions = الإجراءات
captures-decided = المقررات
captures-resolved = القرارات
heading-proposals = المقترحات
heading-assessment = التقييم
assessment-explained = قُيّم كل مقترح من 0 إلى { $max } على كل معيار؛ ويرجّح المجموع كل درجة بوزن معيارها. والنقاط هي أصوات النقاط التي أُحصيت في القاعة.
column-criterion = المعيار
column-weight = الوزن
row-weighted-total = المجموع المرجّح
row-dots = النقاط
heading-decision = المقرر
action-by = بحلول { $date }
action-status-on = { $status } في { $date }
heading-strategies = الاستراتيجيات والإجراءات
no-strategies = لا توجد استراتيجيات بعد.
no-actions = لا توجد إجراءات بعد.
column-action = الإجراء
column-owner = المسؤول
column-due = الموعد النهائي
heading-resolutions = القرارات
no-resolutions = لم تُسجَّل قرارات.
resolution-settles = يبتّ في «{ $title }»
resolution-follow-up = المتابعة: { $actions }
heading-not-covered = ما لم يُتناول
all-covered = عُقدت جميع جلسات جدول الأعمال.
uncovered-day = اليوم { $n }
uncovered-skipped = ملغاة
uncovered-unfinished = لم تكتمل
uncovered-pending = لم تُعقد

## المحضر بصيغة HTML

html-outcomes = النتائج للاحتفاظ بها
html-scan = امسح { $codes ->
    [zero] الرموز
    [one] الرمز
    [two] الرمزين بالترتيب
    [few] الرموز الـ{ $codes } بالترتيب
    [many] الرموز الـ{ $codes } بالترتيب
   *[other] الرموز الـ{ $codes } بالترتيب
} بكاميرا الهاتف للاحتفاظ بالنتائج: لا حاجة إلى تطبيق ولا إلى حساب ولا إلى شبكة. نص كل رمز مطبوع بجانبه.
html-no-codes = لا رموز QR: { $error }

## موجز النتائج ورموز QR

summary-label = نتائج { $name }
summary-label-untitled = النتائج
summary-in-progress = (الاجتماع جارٍ)
summary-session = { $meeting }، اليوم { $n } ({ $date })، { $when }
summary-key-points = النقاط الرئيسية
summary-decided = المقررات
summary-strategies = الاستراتيجيات
summary-resolutions = القرارات
summary-next-steps = الخطوات التالية
summary-nothing = لم تُسجَّل نتائج بعد.
summary-elsewhere = (انظر المحضر: { $kinds })
summary-and = { $first } و{ $second }
summary-left-out-one = { $noun } { $n } من { $n }
summary-left-out = { $nouns } { $from }–{ $n } من { $n }
noun-key-point = النقطة الرئيسية
noun-key-points = النقاط الرئيسية
noun-decision = المقرر
noun-decisions = المقررات
noun-action = الإجراء
noun-actions = الإجراءات
noun-resolution = القرار
noun-resolutions = القرارات
more-key-points = { $n ->
    [zero] … لا نقاط رئيسية أخرى في المحضر
    [one] … نقطة رئيسية أخرى في المحضر
    [two] … نقطتان رئيسيتان أخريان في المحضر
    [few] … { $n } نقاط رئيسية أخرى في المحضر
    [many] … { $n } نقطةً رئيسيةً أخرى في المحضر
   *[other] … { $n } نقطة رئيسية أخرى في المحضر
}
more-decisions = { $n ->
    [zero] … لا مقررات أخرى في المحضر
    [one] … مقرر آخر في المحضر
    [two] … مقرران آخران في المحضر
    [few] … { $n } مقررات أخرى في المحضر
    [many] … { $n } مقررًا آخر في المحضر
   *[other] … { $n } مقرر آخر في المحضر
}
more-actions = { $n ->
    [zero] … لا إجراءات أخرى في المحضر
    [one] … إجراء آخر في المحضر
    [two] … إجراءان آخران في المحضر
    [few] … { $n } إجراءات أخرى في المحضر
    [many] … { $n } إجراءً آخر في المحضر
   *[other] … { $n } إجراء آخر في المحضر
}
more-resolutions = { $n ->
    [zero] … لا قرارات أخرى في المحضر
    [one] … قرار آخر في المحضر
    [two] … قراران آخران في المحضر
    [few] … { $n } قرارات أخرى في المحضر
    [many] … { $n } قرارًا آخر في المحضر
   *[other] … { $n } قرار آخر في المحضر
}
untold-key-points = { $n ->
    [zero] … لا نقاط رئيسية في المحضر
    [one] … نقطة رئيسية واحدة في المحضر
    [two] … نقطتان رئيسيتان في المحضر
    [few] … { $n } نقاط رئيسية في المحضر
    [many] … { $n } نقطةً رئيسيةً في المحضر
   *[other] … { $n } نقطة رئيسية في المحضر
}
untold-decisions = { $n ->
    [zero] … لا مقررات في المحضر
    [one] … مقرر واحد في المحضر
    [two] … مقرران في المحضر
    [few] … { $n } مقررات في المحضر
    [many] … { $n } مقررًا في المحضر
   *[other] … { $n } مقرر في المحضر
}
untold-actions = { $n ->
    [zero] … لا إجراءات في المحضر
    [one] … إجراء واحد في المحضر
    [two] … إجراءان في المحضر
    [few] … { $n } إجراءات في المحضر
    [many] … { $n } إجراءً في المحضر
   *[other] … { $n } إجراء في المحضر
}
untold-resolutions = { $n ->
    [zero] … لا قرارات في المحضر
    [one] … قرار واحد في المحضر
    [two] … قراران في المحضر
    [few] … { $n } قرارات في المحضر
    [many] … { $n } قرارًا في المحضر
   *[other] … { $n } قرار في المحضر
}
qr-continued = { $headings } (تابع)

## الإجراءات بصيغة CSV

csv-strategy = الاستراتيجية
csv-text = النص
csv-owner = المسؤول
csv-due = الموعد النهائي
csv-status = الحالة
csv-session = الجلسة
csv-open = مفتوح
csv-in-progress = قيد التنفيذ
csv-done = منجز
csv-dropped = متروك

## البرنامج المطبوع

programme-title = البرنامج: { $title }
programme-time = الوقت
programme-session = الجلسة
programme-length = المدة
programme-time-not-known = الوقت غير محدد
programme-organised-by = تنظيم: { $names }
programme-hosted-by = استضافة: { $names }
programme-led-by = بإدارة { $leads }
programme-role = { $role }: { $who }
programme-track = بالتوازي: { $track }
programme-room = المكان: { $room }
programme-presented-by = تقديم: { $who }
programme-reference = المرجع: { $reference }
programme-no-sessions = لا جلسات مقررة.
programme-chatham-house = يُعقد الاجتماع وفق قاعدة تشاتام هاوس: لا يذكر هذا البرنامج أسماء المتحدثين ولا المشاركين.

## صفحة الهاتف

phone-meeting = الاجتماع
phone-connecting = جارٍ الاتصال…
phone-live = مباشر
phone-polling = مباشر · تحديث كل 5 ثوانٍ
phone-offline = غير متصل — جارٍ إعادة الاتصال…
phone-left = المتبقي { $time }
phone-over = تجاوز الوقت بـ{ $time }
day-held-on = عُقد في { $date }
day-planned-for = مقرر في { $date }
day-no-sessions = لا جلسات
day-no-times-after = لا مواعيد بعد { $title } (مفتوحة المدة)
day-now-at = { $title } الآن في { $time }
day-no-times = لا مواعيد مقررة للمقارنة
day-on-time = في الموعد
day-late = { $minutes ->
    [zero] في الموعد
    [one] متأخرون عن الموعد بدقيقة واحدة
    [two] متأخرون عن الموعد بدقيقتين
    [few] متأخرون عن الموعد بـ{ $minutes } دقائق
    [many] متأخرون عن الموعد بـ{ $minutes } دقيقة
   *[other] متأخرون عن الموعد بـ{ $minutes } دقيقة
}
day-early = { $minutes ->
    [zero] في الموعد
    [one] قبل الموعد بدقيقة واحدة
    [two] قبل الموعد بدقيقتين
    [few] قبل الموعد بـ{ $minutes } دقائق
    [many] قبل الموعد بـ{ $minutes } دقيقة
   *[other] قبل الموعد بـ{ $minutes } دقيقة
}
day-late-then = { $late }؛ { $then }

## الإجراءات مهامَّ في التقويم

ics-owner = المسؤول: { $owner }
ics-session = الجلسة: { $session }
ics-meeting = الاجتماع: { $meeting }
