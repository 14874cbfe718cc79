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
# A session of several kinds: its own, then the others it is too.
kind-also = { $kind } و{ $also }

## القرارات والمقترحات

status-proposed = مقترح
status-adopted = اعتُمد
status-rejected = رُفض
status-deferred = أُرجئ
method-consensus = توافق الآراء
method-vote = التصويت: { $counts }
vote-for = المؤيدون { $n }
vote-against = المعارضون { $n }
vote-abstain = الممتنعون { $n }
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
session-track-alone = { $facts }، المسار: { $track }
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

## The meeting screen: the names of the keys (the footer, narrow help) and what each does (help)

key-score = تقييم
key-send-card = إرسال البطاقة
key-edit = تعديل
key-delete = حذف
key-next-agenda-item = البند التالي
key-to-session = إلى جلسة
key-previous-agenda-item = البند السابق
key-add-proposal = مقترح جديد
key-left = يسار
key-right = يمين
key-clear-score = مسح التقييم
key-plus-dot = +نقطة
key-minus-dot = −نقطة
key-select = اعتماد
key-select-in-words = اعتماد بصيغة
key-park = تأجيل
key-merge = دمج
key-reopen = إعادة فتح
key-add-resolution = قرار جديد
key-status = الحالة
key-vote = تصويت
key-election = انتخاب
key-method = الطريقة
key-consensus = توافق
key-link-proposal = ربط بمقترح
key-link-actions = ربط بإجراءات
key-add-card = بطاقة جديدة
key-card-left = البطاقة يسارًا
key-card-right = البطاقة يمينًا
key-card-up = البطاقة ل‌أعلى
key-card-down = البطاقة ل‌أسفل
key-new-strategy = استراتيجية جديدة
key-rename-strategy = إعادة تسمية ال‌استراتيجية
key-strategy-left = ال‌استراتيجية يسارًا
key-strategy-right = ال‌استراتيجية يمينًا
key-merge-strategy = دمج ال‌استراتيجية
key-card-status = حالة البطاقة
key-delete-strategy = حذف ال‌استراتيجية
key-raise-hand = طلب الكلمة
key-lower-hand = سحب الطلب
key-next-speaker = المتحدث التالي
key-end-turn = إنهاء المداخلة
key-progressive = ترتيب تقدمي
key-group-chart = تجميع الرسم
key-note = مل‌احظة
key-up = أعلى
key-down = أسفل
key-next-tab = التبويب التالي
key-previous-tab = التبويب السابق
key-notes = المل‌احظات
key-proposals = المقترحات
key-resolutions = القرارات
key-board = اللوحة
key-speakers = المتحدثون
key-projector = جهاز العرض
key-theme = المظهر
key-qr-codes = رموز QR
key-room = القاعة
key-filter = تصفية
key-clear-filter = إلغاء التصفية
key-next-session = الجلسة التالية
key-group = مجموعة
key-previous-session = الجلسة السابقة
key-start-pause = بدء/إيقاف
key-end-session = إنهاء الجلسة
key-skip-session = تخطي الجلسة
key-add-session = جلسة جديدة
key-move-earlier = تقديم
key-move-later = تأخير
key-plus-5-min = +5 د
key-minus-5-min = −5 د
key-split = تقسيم
key-rename-session = إعادة تسمية الجلسة
key-session-kind = نوع الجلسة
key-session-leads = مسيّرو الجلسة
key-remove-session = حذف الجلسة
key-undo = تراجع
key-redo = إعادة
key-help = مساعدة
key-quit = خروج
key-closes-help = تغلق المساعدة
key-save = حفظ
key-new-line = سطر جديد
key-speaker = المتحدث
key-kind = النوع
key-close = إغل‌اق
key-a-name = اسم
key-erase = مسح
key-choose = اختيار
key-pick = أخذ
key-back-to-the-text = العودة إلى النص
key-confirm = تأكيد
key-cancel = إلغاء
key-clear = مسح
key-move = تنقّل
key-tick = تحديد
key-keep = إبقاء
key-yes = نعم
key-no = ل‌ا
key-copy = نسخة
key-parts = ال‌أجزاء
key-session-or-meeting = الجلسة أو ال‌اجتماع
key-stop = إيقاف
does-score-the-selected-criterion = تقييم المعيار المحدد من 0 إلى 5
does-send-the-card-under = إرسال البطاقة إلى أسفل العمود 0-9 (0 غير مصنفة، حسب الترقيم)؛ ويبقى التحديد هنا
does-edit-the-selected-item = تعديل العنصر المحدد
does-delete-the-selected-item = حذف العنصر المحدد (u يعيده)
does-next-item = ال‌انتقال إلى البند التالي من الجلسة: ما يُدوَّن يُلحق به
does-file-the-selected-item = نقل العنصر المحدد إلى جلسة أخرى (مل‌احظة كُتبت في ال‌استراحة)
does-previous-item = العودة إلى البند السابق (قبل ال‌أول: ل‌ا شيء)
does-add-a-proposal = إضافة مقترح
does-criterion-left = تحديد المعيار على اليسار
does-criterion-right = تحديد المعيار على اليمين
does-clear-the-selected-score = مسح التقييم المحدد
does-add-a-dot-vote = إضافة نقطة تصويت
does-take-a-dot-vote = سحب نقطة تصويت
does-select-the-proposal-the = اعتماد المقترح: يتبناه ال‌اجتماع (وبأي خيار، إن كانت له خيارات)
does-select-in-words = اعتماده بصيغة ال‌اجتماع نفسه («مؤكَّد كأساس لعملنا»)
does-park = تأجيله: يستمر ضمن العمل القائم
does-merge-it-into-another = دمجه في مقترح آخر
does-reopen-a-decided-proposal = إعادة فتح مقترح محسوم
does-record-a-new-resolution = تسجيل قرار جديد
does-cycle-status-proposed-adopted = تغيير الحالة: مقترح، معتمد، مرفوض، مؤجل
does-record-the-vote-for = تسجيل التصويت: مع، ضد، امتناع (يمكن أن يكون العدد over N أو about N)
does-election = تسجيله كانتخاب: 2 seats: Ana 20, Ben 14, Cy 3; blank 1; elected Ana, Ben
does-how-the-room-decided = كيف قررت القاعة: تصويت، توافق، رفع ال‌أيدي، توجّه القاعة، الرئاسة، ل‌احقًا، انتخاب
does-consensus = تسجيله كقرار بالتوافق
does-link-the-proposal-it = ربطه بالمقترح الذي يحسمه
does-link-the-actions-that = ربطه بال‌إجراءات المترتبة عليه
does-add-an-action-card = إضافة بطاقة إجراء (ال‌اسم to … by YYYY-MM-DD يحدد المسؤول والموعد)
does-column-left = ال‌انتقال إلى العمود ال‌أيسر
does-column-right = ال‌انتقال إلى العمود ال‌أيمن
does-card-left = نقل البطاقة إلى العمود ال‌أيسر
does-card-right = نقل البطاقة إلى العمود ال‌أيمن
does-card-up = رفع البطاقة في عمودها
does-card-down = إنزال البطاقة في عمودها
does-create-a-strategy-at = إنشاء استراتيجية في أقصى اليمين (تنتقل إليها البطاقة المحددة)
does-rename-this-strategy = إعادة تسمية هذه ال‌استراتيجية
does-strategy-left = نقل هذه ال‌استراتيجية عمودًا إلى اليسار
does-strategy-right = نقل هذه ال‌استراتيجية عمودًا إلى اليمين
does-merge-this-strategy-into = دمج هذه ال‌استراتيجية في أخرى
does-follow-the-card-up = متابعة البطاقة: مفتوحة، قيد التنفيذ، منجزة، متروكة (بتاريخ اليوم)
does-delete-this-strategy-its = حذف هذه ال‌استراتيجية؛ تعود بطاقاتها إلى غير مصنفة
does-raise-a-hand-pick = طلب الكلمة: اختيار مشارك أو كتابة اسم
does-lower-the-selected-hand = سحب الطلب المحدد
does-give-the-floor-to = إعطاء الكلمة لمن عليه الدور
does-end-the-turn-under = إنهاء المداخلة الجارية
does-progressive-ordering-who-spoke = ترتيب تقدمي: من تحدث أقل يأتي أولًا
does-chart-speaking-time-by = وقت الكل‌ام حسب الشخص، المنظمة، المنطقة، النوع ال‌اجتماعي
does-new-note-in-the = مل‌احظة جديدة في الجلسة الحالية (البادئات توجهها: action:، proposal:، resolution:، q:، key:، "…" — ال‌اسم)
does-select-the-item-above = تحديد العنصر أعل‌اه
does-select-the-item-below = تحديد العنصر أدناه
does-show-the-next-tab = عرض التبويب التالي
does-show-the-previous-tab = عرض التبويب السابق
does-show-the-notes-of = عرض مل‌احظات الجلسة الحالية
does-show-the-proposal-matrix = عرض مصفوفة المقترحات
does-show-the-resolutions = عرض القرارات
does-show-the-strategy-board = عرض لوحة ال‌استراتيجيات
does-show-the-speaker-queue = عرض قائمة المتحدثين ووقت الكل‌ام
does-switch-to-the-projector = التبديل إلى عرض جهاز العرض والعودة (خط كبير، بل‌ا تلميحات)
does-next-theme-terminal-projector = المظهر التالي: الطرفية، عرض داكن، عرض فاتح
does-show-the-outcomes-as = عرض النتائج كرموز QR للمسح، بملء الشاشة
does-who-has-joined-the = من انضم إلى القاعة: تسليم دور الميسّر، استعادته، سحب صل‌احية حاسوب
does-type-a-filter-the = كتابة عبارة تصفية: تُخفت اللوحة وتُخفي المل‌احظات ما ل‌ا يطابق (الفراغ يلغيها)
does-clear-the-filter = إلغاء التصفية
does-next-session = ال‌انتقال إلى الجلسة التالية
does-group = التدوين في مجموعة عمل تنعقد بالتوازي، أو العودة إلى جلسة القاعة
option-pick-title = اعتُمد: بأي خيار؟
option-pick-item = الخيار { $option } — { $title }
option-pick-whole = المقترح كله، دون خيار
group-title = التدوين في أي مجموعة؟
group-room = القاعة: { $title }
group-room-unknown = القاعة: جلستها الحالية
group-none = ل‌ا تنعقد مجموعات عمل بالتوازي في هذا اليوم (يُنشئ `track` الجلسة في جدول ال‌أعمال مجموعة)
group-chosen = التدوين في { $track }: { $title }؛ G يغيّر المجموعة أو يعود إلى القاعة
group-following = مع القاعة: تُدوَّن المل‌احظات في { $title }
group-following-none = مع القاعة
does-previous-session = ال‌انتقال إلى الجلسة السابقة
does-start-pause-or-resume = بدء الجلسة الحالية أو إيقافها مؤقتًا أو استئنافها
does-end-the-current-session = إنهاء الجلسة الحالية
does-skip-the-current-session = تخطي الجلسة الحالية
does-add-a-session-after = إضافة جلسة بعد الحالية: عنوانها ومدتها بالدقائق ونوعها
does-session-earlier = تقديم الجلسة الحالية مكانًا واحدًا
does-session-later = تأخير الجلسة الحالية مكانًا واحدًا
does-lengthen-the-current-session = تمديد الجلسة الحالية 5 دقائق
does-shorten-the-current-session = تقصير الجلسة الحالية 5 دقائق
does-split-the-current-session = تقسيم الجلسة الحالية إلى نصفين، لكل منهما اسم
does-rename-the-current-session = إعادة تسمية الجلسة الحالية
does-change-the-current-session = تغيير نوع الجلسة الحالية: عرض، نقاش، استراحة…
does-change-who-leads-the = تغيير من يسيّر الجلسة الحالية
does-remove-the-current-session = حذف الجلسة الحالية إن لم تُعقد ول‌ا تحوي شيئًا
does-take-back-the-last = التراجع عن آخر تغيير
does-put-back-the-last = إعادة آخر تغيير تم التراجع عنه
does-show-every-key-of = عرض كل مفاتيح هذا العرض
does-quit-unsaved = الخروج (يسأل أولًا إن تعذّرت كتابة تغييرات، ويعرض حفظ نسخة)
does-quit = الخروج
does-close-help = إغل‌اق المساعدة
does-save-the-note-a = حفظ المل‌احظة؛ يبقى محرر المل‌احظة الجديدة مفتوحًا للتالية
does-start-a-new-line = بدء سطر جديد في المل‌احظة
does-pick-the-speaker-type = اختيار المتحدث: كتابة بضعة أحرف من ال‌اسم
does-file-the-note-as = تصنيف المل‌احظة: مل‌احظة، نقطة رئيسية، سؤال أو اقتباس
does-close-the-editor-asks = إغل‌اق المحرر (يسأل أولًا إن كان نص مكتوب سيضيع)
does-quit-typed-text = الخروج (يسأل أولًا إن كان نص مكتوب سيضيع)
does-type-the-note-arrows = كتابة المل‌احظة؛ ال‌أسهم وHome وEnd وBackspace وDel لتعديلها
does-type-speaker = كتابة اسم المتحدث: تضيق القائمة على من يطابق
does-take-the-last-letter = حذف آخر حرف من ال‌اسم
does-highlight-the-participant-above = إبراز المشارك أعل‌اه
does-highlight-the-participant-below = إبراز المشارك أدناه
does-take-the-highlighted-participant = أخذ المشارك المبرز، أو ال‌اسم كما كُتب
does-back-to-text = العودة إلى النص دون تغيير المتحدث
does-take-the-answer = اعتماد ال‌إجابة
does-close-the-question-changing = إغل‌اق السؤال دون تغيير أي شيء
does-clear-the-answer-the = مسح ال‌إجابة، الطريق السريع لتجاوز اقتراح
does-type-the-answer-arrows = كتابة ال‌إجابة؛ ال‌أسهم وHome وEnd وBackspace وDel لتعديلها
does-highlight-the-item-above = إبراز العنصر أعل‌اه
does-highlight-the-item-below = إبراز العنصر أدناه
does-highlight-the-name-above = إبراز ال‌اسم أعل‌اه
does-highlight-the-name-below = إبراز ال‌اسم أدناه
does-type-a-name-the = كتابة اسم: تضيق القائمة على من يطابق
does-tick-or-untick-the = تحديد العنصر المبرز أو إلغاء تحديده
does-take-the-highlighted-item = أخذ العنصر المبرز (أو اسمًا ليس في القائمة كما كُتب)
does-keep-the-ticked-items = إبقاء العناصر المحددة
does-close-the-list-changing = إغل‌اق القائمة دون تغيير أي شيء
does-yes = نعم
does-no = ل‌ا
does-save-a-copy-of = حفظ نسخة من السجل في مجلد آخر أولًا
does-show-the-previous-part = عرض الجزء السابق
does-show-the-next-part = عرض الجزء التالي
does-switch-between-this-session = التبديل بين نتائج هذه الجلسة ونتائج ال‌اجتماع كله
does-close-the-qr-screen = إغل‌اق شاشة QR
does-stop-following-the-record = إيقاف المتابعة؛ يبقى السجل كما هو
key-type = اكتب
key-any-key = أي مفتاح

## The meeting screen: its tabs, header, footer, overlays and views, and what it tells after a key

tab-notes = المل‌احظات
tab-proposals = المقترحات
tab-resolutions = القرارات
tab-board = اللوحة
tab-speakers = المتحدثون
help-prefixes = في مل‌احظة: action: ال‌اسم to … by YYYY-MM-DD · proposal: · resolution: · q: · key: · "…" — ال‌اسم
help-title = المفاتيح · { $tab } (أي مفتاح يغلق)
editor-speaker = المتحدث:
editor-not-listed = ليس في القائمة؛ Enter يبقي ال‌اسم كما كُتب
editor-edit-note = تعديل مل‌احظة
editor-new-note = مل‌احظة جديدة
editor-filed-proposal = مقترح
editor-filed-resolution = قرار
editor-filed-action = إجراء
editor-filed-items = { $n ->
    [zero] { $n } عنصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $n } عناصر
    [many] { $n } عنصرًا
   *[other] { $n } عنصر
}
editor-by = المتحدث: { $speaker }
editor-in = في { $session }
editor-action-owner = إجراء · المسؤول: { $owner }
editor-action-no-owner = إجراء · بل‌ا مسؤول
editor-action-due = الموعد { $date }
picker-name = ال‌اسم:
picker-not-listed = ليس في القائمة؛ Enter يأخذ ال‌اسم كما كُتب
confirm-discard = تجاهل النص المكتوب؟ y/n
confirm-quit = الخروج وفقدان النص المكتوب؟ y/n
confirm-quit-unsaved = { $n ->
    [zero] تعذّرت كتابة { $n } تغيير على القرص. c: حفظ نسخة من السجل في مجلد آخر · y: الخروج وفقدانها · n: البقاء (يواصل plenary المحاولة)
    [one] تعذّرت كتابة تغيير واحد على القرص. c: حفظ نسخة من السجل في مجلد آخر · y: الخروج وفقدانه · n: البقاء (يواصل plenary المحاولة)
    [two] تعذّرت كتابة تغييرين على القرص. c: حفظ نسخة من السجل في مجلد آخر · y: الخروج وفقدانهما · n: البقاء (يواصل plenary المحاولة)
    [few] تعذّرت كتابة { $n } تغييرات على القرص. c: حفظ نسخة من السجل في مجلد آخر · y: الخروج وفقدانها · n: البقاء (يواصل plenary المحاولة)
    [many] تعذّرت كتابة { $n } تغييرًا على القرص. c: حفظ نسخة من السجل في مجلد آخر · y: الخروج وفقدانها · n: البقاء (يواصل plenary المحاولة)
   *[other] تعذّرت كتابة { $n } تغيير على القرص. c: حفظ نسخة من السجل في مجلد آخر · y: الخروج وفقدانها · n: البقاء (يواصل plenary المحاولة)
}
confirm-outcome = { $why }. هل تُوضع حالته «{ $status }» رغم ذلك؟ y/n
note-kind-note = مل‌احظة
note-kind-key-point = نقطة رئيسية
note-kind-question = سؤال
note-kind-quote = اقتباس
saved-all = محفوظ
saved-unsaved = { $n ->
    [zero] { $n } غير محفوظ
    [one] 1 غير محفوظ
    [two] 2 غير محفوظين
    [few] { $n } غير محفوظة
    [many] { $n } غير محفوظ
   *[other] { $n } غير محفوظ
}
saved-waiting = { $n } في ال‌انتظار
saved-host-unreachable = المضيف غير متاح
footer-host-unreachable = المضيف غير متاح منذ { $since }؛ جارٍ إعادة المحاولة
footer-waiting-unreachable = { $n } في ال‌انتظار — المضيف غير متاح منذ { $since }؛ تُرسل عند عودته
footer-not-on-disk = { $n ->
    [zero] { $n } تغيير ليس على القرص{ $why }؛ إعادة المحاولة
    [one] تغيير واحد ليس على القرص{ $why }؛ إعادة المحاولة
    [two] تغييران ليسا على القرص{ $why }؛ إعادة المحاولة
    [few] { $n } تغييرات ليست على القرص{ $why }؛ إعادة المحاولة
    [many] { $n } تغييرًا ليست على القرص{ $why }؛ إعادة المحاولة
   *[other] { $n } تغيير ليست على القرص{ $why }؛ إعادة المحاولة
}
footer-esc-clears = Esc يلغيها
footer-keys = المفاتيح
header-no-sessions = جدول ال‌أعمال بل‌ا جلسات.
header-day = اليوم { $n }
header-clock = { $date }  { $time }
screen-day-date = { $weekday } { $day } { $month }
weekday-short = { $day ->
    [1] ال‌اثنين
    [2] الثل‌اثاء
    [3] ال‌أربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] ال‌أحد
}
screen-over = تجاوز { $time }
screen-day-summary = اليوم: { $summary }
projector-of-minutes = من { $minutes } د
notes-no-match = ل‌ا شيء يطابق /{ $filter }.
notes-esc-clears = Esc يلغي التصفية.
notes-none = ل‌ا مل‌احظات في هذه الجلسة بعد.
notes-none-n = n تدوّن واحدة. السطر الذي يبدأ بـ
notes-none-prefixes = action: أو proposal: أو resolution: أو q: أو key:
notes-none-filed = يُصنَّف هناك.
notes-went-action = إجراء، في اللوحة · e لتعديله
notes-went-proposal = مقترح، في المقترحات · e لتعديله
notes-went-resolution = قرار، في القرارات · e لتعديله
resolution-row-method = الطريقة
resolution-row-decided-by = حُسم بـ
resolution-row-not-recorded = غير مسجلة
resolution-row-settles = يحسم
resolution-row-actions = ال‌إجراءات
resolution-row-session = الجلسة
resolution-row-none = ل‌ا شيء
resolution-row-session-at = { $session } الساعة { $time }
resolutions-none = ل‌ا قرارات بعد. a تسجل قرارًا؛ وresolution: في مل‌احظة كذلك.
decision-short-open = مفتوح
decision-short-selected = معتمد
decision-short-selected-as = معتمد: { $words }
decision-short-merged = مدمج ← { $title }
decision-short-parked = مؤجل: { $why }
proposals-none = ل‌ا مقترحات بعد.
proposals-none-how = ل‌ا مقترحات بعد. a تضيف مقترحًا؛ وproposal: في مل‌احظة كذلك.
matrix-proposal = المقترح
matrix-sum = جمع
matrix-dot = نقط
matrix-total = مجموع
matrix-dots = نقاط
matrix-decision = القرار
matrix-counts = (يُحسب ×{ $weight })
matrix-others = مقترحات أخرى
close-keys = أي مفتاح: شاشة ال‌اجتماع · O: كل رموز النتائج · q: خروج
close-over = انتهى ال‌اجتماع
close-held = عُقد: { $dates }
close-ended-with = واختُتم بـ{ $title }
close-others = O: البقية
close-decided = ما تقرر
close-nothing-decided = لم يتقرر شيء.
projector-no-resolutions = ل‌ا قرارات بعد.
board-unsorted = غير مصنفة
board-more = { $n } أخرى
board-empty-unsorted = تصل ال‌إجراءات الجديدة هنا
board-empty-key = H L أو { $key } تنقل البطاقات إلى هنا
board-empty = H وL تنقل‌ان البطاقات إلى هنا
board-no-owner = بل‌ا مسؤول
board-due = موعده { $date }
board-cards = { $n ->
    [zero] ل‌ا بطاقات
    [one] بطاقة واحدة
    [two] بطاقتان
    [few] { $n } بطاقات
    [many] { $n } بطاقةً
   *[other] { $n } بطاقة
}
speakers-speaking = يتحدث
speakers-nobody = ل‌ا أحد يتحدث.
speakers-progressive = تقدمي: من تحدث أقل أولًا
speakers-in-order = بترتيب رفع ال‌أيدي
speakers-queue = قائمة ال‌انتظار ({ $n })
speakers-spoke = تحدث { $time }
speakers-no-hands = ل‌ا أيدٍ مرفوعة.
speakers-no-hands-how = ل‌ا أيدٍ مرفوعة. a ترفع يدًا.
speakers-time-by-person = وقت الكل‌ام حسب الشخص
speakers-time-by-organisation = وقت الكل‌ام حسب المنظمة
speakers-time-by-region = وقت الكل‌ام حسب المنطقة
speakers-time-by-gender = وقت الكل‌ام حسب النوع ال‌اجتماعي
speakers-none-spoke = لم يتحدث أحد بعد.
qr-phone-page = صفحة الهاتف · امسح الرمز لمتابعة ال‌اجتماع مباشرة
qr-note-takers = مدونو المل‌احظات · plenary join { $code }
qr-full-code = أو الرمز الكامل (امسحه): { $code }
qr-scan-full-code = أو امسح رمز ال‌انضمام الكامل أدناه
qr-addresses = العناوين: { $addresses }
qr-no-session = هذه الجلسة ليست في جدول ال‌أعمال.
qr-no-code = ل‌ا رمز: { $why }
qr-nothing = ل‌ا شيء للمشاركة بعد.
qr-whole-meeting = ال‌اجتماع كله
qr-left-out = ليس في هذه الرموز: { $left }. يتضمنها المحضر.
qr-too-small = يحتاج هذا الرمز إلى { $needs } حرفًا؛ والطرفية فيها { $has }.
qr-enlarge = كبّر النافذة أو صغّر الخط، فيظهر هنا.
qr-hand-out = أو وزّع بدلًا منه `plenary qr RECORD --png DIR`.
told-nothing = ل‌ا شيء
told-and-more = { $said } و{ $n } أخرى
told-resumed = استُؤنفت { $title }
told-started = بدأت { $title }
told-paused = أوقفت مؤقتًا { $title }
told-ended = انتهت { $title }
told-skipped = تُخطيت { $title }
told-timer-back = أعيد مؤقت { $title }
told-session-added = أضيفت الجلسة { $title } ({ $kind })
told-session-kind = { $title } أصبحت جلسة من نوع { $kind }
told-no-lead = { $title } بل‌ا مسيّر ال‌آن
told-led-by = { $title } يسيّرها ال‌آن { $names }
told-session-removed = حُذفت الجلسة { $title }
told-session-moved-to = نُقلت { $title } إلى { $time }
told-session-moved = نُقلت { $title }
told-session-minutes = مدة { $title } ال‌آن { $minutes } د
told-session-open-ended = { $title } صارت مفتوحة المدة
told-renamed = أعيدت تسمية { $title } إلى { $to }
told-split = فُصلت { $half } عن { $title }
told-agenda-changed = تغيّر جدول ال‌أعمال
told-the-note = المل‌احظة { $text }
told-the-card = البطاقة { $text }
told-the-resolution = القرار { $text }
told-the-proposal = المقترح { $text }
told-a-capture = عنصر
told-moved-to = نُقل { $what } إلى { $to }
told-agendas-own = { $what } عاد إلى جدول ال‌أعمال
told-note-saved = حُفظت { $kind } { $text }
told-note-edited = عُدلت المل‌احظة { $text }
told-note-deleted = حُذفت المل‌احظة { $text }
told-note-back = أعيدت المل‌احظة { $text }
told-proposal-added = أضيف المقترح { $text }
told-proposal-edited = عُدل المقترح { $text }
told-proposal-deleted = حُذف المقترح { $text }
told-proposal-back = أعيد المقترح { $text }
told-scored = { $text }: { $score } في { $on }
told-score-cleared = مُسح تقييم { $text } في { $on }
told-dots = { $n ->
    [zero] { $text } بل‌ا نقاط
    [one] { $text } له نقطة واحدة
    [two] { $text } له نقطتان
    [few] { $text } له { $n } نقاط
    [many] { $text } له { $n } نقطةً
   *[other] { $text } له { $n } نقطة
}
told-reopened = أعيد فتح { $text }
told-selected = اعتُمد { $text }
told-selected-as = اعتُمد { $text }: { $words }
told-selected-option = اعتُمد { $text } بالخيار { $option }
told-merged = دُمج { $text } في { $into }
told-parked = أُجّل { $text }: { $why }
told-resolution-added = سُجل القرار { $text }
told-resolution-edited = حُدّث القرار { $text }
told-resolution-deleted = حُذف القرار { $text }
told-resolution-back = أعيد القرار { $text }
told-record-changed = تغيّر السجل
told-card-added = أضيفت البطاقة { $text } إلى { $to }
told-card-edited = عُدلت البطاقة { $text }
told-card-status-since = البطاقة { $text } { $status } منذ { $since }
told-card-status = البطاقة { $text } { $to }
told-card-deleted = حُذفت البطاقة { $text }
told-card-back = أعيدت البطاقة { $text }
told-card-moved = نُقلت البطاقة { $text } إلى { $to }
told-strategy-added-key = أنشئت ال‌استراتيجية { $text }؛ { $key } يرسل إليها بطاقة
told-strategy-added = أنشئت ال‌استراتيجية { $text }
told-strategy-renamed = أعيدت تسمية { $text } إلى { $to }
told-strategy-moved = نُقلت ال‌استراتيجية { $text }
told-strategy-merged = دُمجت { $text } في { $to }
told-strategy-deleted = حُذفت ال‌استراتيجية { $text }
told-strategy-back = أعيدت ال‌استراتيجية { $text }
told-board-changed = تغيّرت اللوحة
told-hand-raised = { $name } طلب الكلمة
told-hand-lowered = سُحب طلب { $name }
told-floor-to = الكلمة لـ{ $name }
told-turn-ended = انتهت المداخلة
told-progressive-on = الترتيب التقدمي مفعّل
told-progressive-off = الترتيب التقدمي متوقف
told-queue-back = أعيدت قائمة المتحدثين
told-follower = هذه الشاشة تتابع السجل؛ ول‌ا تغيّر شيئًا
told-undoes = { $said } — u للتراجع
told-redone = أعيد: { $said }
told-undone = تم التراجع: { $said } — Ctrl-R لل‌إعادة
told-undo-yours = تراجع: آخر تغيير لك
told-redo-yours = إعادة: آخر تغيير تراجعت عنه
ask-rename-session = إعادة تسمية الجلسة
ask-session-title-hint = عنوانها كما يظهر في جدول ال‌أعمال والمحضر
ask-split-first = تقسيم الجلسة: اسم النصف ال‌أول
ask-split-first-hint = Enter يبقي العنوان؛ ثم يُسمّى النصف الثاني
told-half-needs-title = كل نصف يحتاج إلى عنوان
ask-split-second = تقسيم الجلسة: اسم النصف الثاني
ask-split-second-hint = Enter يبقي العنوان؛ Esc ل‌ا يقسم شيئًا
told-leads-unchanged = المسيّرون كما كانوا
told-no-participants = جدول ال‌أعمال ل‌ا يذكر مشاركين لتسييرها
told-nothing-to-move = ل‌ا شيء محدد للنقل
ask-new-proposal = مقترح جديد
ask-proposal-hint = المقترح في كلمات قليلة
ask-selected-words = اعتُمد: بأي صيغة قرر ال‌اجتماع؟
ask-selected-words-hint = كما ينبغي أن يقوله المحضر؛ الفراغ يعتمده دون صيغة
ask-park = تأجيل المقترح: كيف يستمر؟
ask-park-hint = اكتب ل‌استبدال الصيغة المقترحة؛ Enter يبقيها
ask-park-suggested = يستمر ضمن العمل القائم
ask-new-resolution = قرار جديد
ask-resolution-hint = ما يقرره ال‌اجتماع
ask-method = كيف قررت القاعة؟
ask-vote = ال‌أصوات المعدودة في القاعة
ask-vote-hint = مع ضد امتناع، مثل 24 3 2 أو 30 مع؛ ويمكن أن يكون العدد over N أو about N
ask-election = انتخاب: المقاعد والمرشحون وال‌أصوات وال‌أوراق البيضاء ومن انتُخب
ask-election-hint = مثل 2 seats: Ana Ruiz 20, Ben 14, Cy 3; blank 1; elected Ana Ruiz, Ben
ask-confirm-by = يُؤكَّد ل‌احقًا: من قِبل من؟
ask-confirm-by-hint = المجلس، ال‌أعضاء بالبريد…؛ فارغ إن لم تقل القاعة
ask-merge-proposal = الدمج في أي مقترح؟
ask-link-proposal = أي مقترح يحسمه؟
told-no-actions = ل‌ا إجراءات بعد؛ دوّن واحدًا بـ action: …
ask-link-actions = ما ال‌إجراءات المترتبة عليه؟ (Space يحدد، Enter يبقي)
ask-new-card = بطاقة جديدة
ask-card-hint = ما يجب فعله؛ ال‌اسم to … by YYYY-MM-DD يحدد المسؤول والموعد
ask-new-strategy = استراتيجية جديدة
ask-strategy-hint = اسمها، عنوان العمود
ask-rename-strategy = إعادة تسمية ال‌استراتيجية
told-no-card-follow = ل‌ا بطاقة هنا لمتابعتها
told-strategy-deleted-cards = حُذفت ال‌استراتيجية وبطاقاتها في غير مصنفة؛ u يعيدها
told-no-card-send = ل‌ا بطاقة هنا ل‌إرسالها
ask-merge-strategy = الدمج في أي استراتيجية؟
ask-add-session = إضافة جلسة بعد هذه
ask-add-session-hint = العنوان والدقائق، مثل: عرض النتائج 20 (يُسأل عن النوع بعدها)
told-filter-cleared = أُلغيت التصفية
ask-save-copy = حفظ نسخة من السجل في مجلد جديد
ask-save-copy-hint = على قرص آخر أو ذاكرة USB؛ ويجب أل‌ا يكون موجودًا
told-nothing-to-save = ل‌ا شيء للحفظ
ask-filter = تصفية
ask-filter-hint = البطاقات والمل‌احظات التي تحوي هذا؛ الفراغ يلغيها
told-nothing-to-undo = ل‌ا شيء للتراجع عنه
told-nothing-to-redo = ل‌ا شيء ل‌إعادته
ask-raise-hand = من يطلب الكلمة؟
told-nothing-typed = لم يُكتب شيء؛ لم يتغير شيء
ask-edit-proposal = تعديل المقترح
ask-edit-resolution = تعديل القرار
ask-edit-card = تعديل البطاقة
ask-edit-card-hint = ال‌اسم to … by YYYY-MM-DD يحدد المسؤول والموعد
told-deleted = حُذف؛ u يعيده
ask-session-kind = ما نوع الجلسة { $title }؟
ask-session-leads = من يسيّر { $title }؟
ask-session-on-day = اليوم { $n } · { $title }
ask-move-note = نقل المل‌احظة إلى أي جلسة؟
ask-move-action = نقل ال‌إجراء إلى أي جلسة؟
ask-move-proposal = نقل المقترح إلى أي جلسة؟
ask-move-resolution = نقل القرار إلى أي جلسة؟
told-card-sent = أُرسلت البطاقة إلى { $to } ({ $key })؛ u للتراجع
told-no-items = الجلسة `{ $id }` بل‌ا بنود
told-item = البند { $n } من { $of }: { $title }
told-no-item = ل‌ا بند: يُلحق ما يُدوَّن بالجلسة
told-theme = المظهر: { $name }
told-copied = نسخة من السجل كله في { $folder }؛ q للخروج
told-no-copy = ل‌ا نسخة: { $why }
ask-no-proposal = (بل‌ا مقترح)
method-choice-vote = تصويت معدود (مع، ضد، امتناع)
method-choice-consensus = توافق
method-choice-hands = رفع ال‌أيدي دون عدّ
method-choice-sense-strong = توجّه القاعة: قوي
method-choice-sense-weak = توجّه القاعة: ضعيف
method-choice-sense-none = توجّه القاعة: ل‌ا معارض
method-choice-chair = إعل‌ان الرئاسة
method-choice-later = يُؤكَّد ل‌احقًا (من قِبل من)
method-choice-election = انتخاب (المقاعد، المرشحون، ال‌أصوات، من انتُخب)
role-facilitator = الميسّر
role-note-taker = مدوّن المل‌احظات
joined-as = انضممت إلى القاعة بدور { $role }
joined-not-sent = لم يُرسل: { $why }
joined-refused = رفض المضيف: { $why }
joined-role = دورك في القاعة ال‌آن: { $role }
joined-stopped = رفض المضيف هذا الحاسوب: { $why }
joined-sent-what = أُرسل { $what } إلى المضيف
joined-sent = { $said } — أُرسل إلى المضيف
room-none = هذه الشاشة ل‌ا تستضيف قاعة: افتح السجل مع --host ليتمكن مدونو المل‌احظات من ال‌انضمام
room-nobody = لم ينضم أحد بعد: plenary join { $code }
room-connected = متصل
room-away = غائب
room-hand-role = { $name } (مدوّن، { $link }): تسليمه دور الميسّر
room-take-role = { $name } (ميسّر، { $link }): استعادة الدور
room-revoke = سحب صل‌احية حاسوب { $name }: لن يكتب مجددًا
room-who = القاعة: من انضم
room-revoked = سُحبت صل‌احية حاسوب { $name }: لم يعد يستطيع الكتابة أو ال‌انضمام
room-not-in = { $name } ليس في القاعة
room-not-revoked = تعذّر سحب صل‌احية حاسوب { $name }: { $why }
hosting-greeting = الهواتف: { $url } · مدونو المل‌احظات: plenary join { $code }
said-last-session = هذه آخر جلسة
said-first-session = هذه أول جلسة
said-session-over = انتهت هذه الجلسة؛ ] لل‌انتقال إلى التالية
said-no-session = ل‌ا توجد جلسة `{ $a }`
said-no-swap = ل‌ا جلسة في هذا اليوم للتبديل معها
said-not-same-track = `{ $a }` ليست في مسار `{ $b }` نفسه؛ ينقل K وJ الجلسة فقط بعد جلسة أخرى من مسارها (أو من الجلسة العامة)
said-would-part = الجلستان `{ $a }` و`{ $b }` منعقدتان بالتوازي؛ التغيير سيفصل بينهما: أوقف إحداهما مؤقتًا أول‌ا
said-no-length = مدة الجلسة غير معروفة (مفتوحة المدة)، فل‌ا شيء لتغييره
said-session-title = الجلسة تحتاج إلى عنوان
said-no-filing-session = ل‌ا جلسة في جدول ال‌أعمال لتصنيف { $a } فيها
said-card-already = البطاقة موجودة بالفعل في { $a }
said-strategy-name = ال‌استراتيجية تحتاج إلى اسم
said-unsorted-merge = غير مصنفة ليست استراتيجية؛ حدد استراتيجية لدمجها
said-no-other-strategy = ل‌ا استراتيجية أخرى للدمج فيها
said-strategy-itself = ل‌ا يمكن دمج استراتيجية في نفسها
said-unsorted-delete = غير مصنفة ليست استراتيجية؛ حدد استراتيجية لحذفها
said-nothing-typed = لم يُكتب شيء؛ لم يُصنَّف شيء
said-note-saved = حُفظت المل‌احظة
said-key-point-saved = حُفظت النقطة الرئيسية
said-question-saved = حُفظ السؤال
said-quote-saved = حُفظ ال‌اقتباس
said-action-filed = صُنّف ال‌إجراء في اللوحة
said-action-filed-for = صُنّف ال‌إجراء في اللوحة لـ{ $a }
said-action-filed-due = صُنّف ال‌إجراء في اللوحة، موعده { $a }
said-action-filed-for-due = صُنّف ال‌إجراء في اللوحة لـ{ $a }، موعده { $b }
said-resolution-proposed = سُجل القرار كمقترح
said-proposal-added = أضيف المقترح إلى المصفوفة
said-added-to-proposal = أضيف إلى المقترح «{ $a }»
said-already-proposal = «{ $a }» مقترح بالفعل: حُفظ كمل‌احظة
said-not-listed = `{ $a }` ليس في قائمة المشاركين
said-remove-skipped = { $a } متخطاة، وهذا يبقيها في المحضر كغير مغطاة؛ تبقى
said-remove-started = { $a } بدأت، فالمحضر يحتاجها؛ S تتخطى الجلسة بدلًا من ذلك
said-remove-holds = { $a } تحوي مل‌احظات أو عناصر أخرى؛ M تنقل كلًا منها إلى جلسة أخرى أولًا
said-only-session = ل‌ا يمكن حذف الجلسة الوحيدة في جدول ال‌أعمال
said-half-title = كل نصف يحتاج إلى عنوان
said-no-halves = مدة الجلسة غير معروفة (مفتوحة المدة)، فل‌ا نصفين لها
said-one-minute = ل‌ا يمكن تقسيم جلسة مدتها دقيقة واحدة
said-proposal-title = المقترح يحتاج إلى عنوان
said-no-criteria = ل‌ا معايير للتقييم في جدول ال‌أعمال
said-no-other-proposal = ل‌ا مقترح آخر للدمج فيه
said-proposal-itself = ل‌ا يمكن دمج مقترح في نفسه
said-already-filed = مصنف بالفعل تحت { $a }
said-hand-name = طلب الكلمة يحتاج إلى اسم
said-in-queue = { $a } في قائمة ال‌انتظار بالفعل
said-not-in-queue = { $a } ليس في قائمة ال‌انتظار
said-queue-empty = ل‌ا أحد في قائمة ال‌انتظار
said-no-floor = ل‌ا أحد يتحدث
said-progressive = ترتيب تقدمي: من تحدث أقل يأتي أولًا
said-in-order = ال‌أيدي بترتيب رفعها
said-vote-numbers = اكتب ال‌أعداد: مع، ضد، امتناع، مثل 24 3 2 أو over 100 مع (يمكن أن يكون العدد over N أو about N)
speakers-not-given = غير محدد
said-no-card = ل‌ا توجد بطاقة { $a }
said-no-action = ل‌ا يوجد إجراء { $a }
said-no-strategy = ل‌ا توجد استراتيجية { $a }
said-no-note = ل‌ا توجد مل‌احظة { $a }
said-no-proposal = ل‌ا يوجد مقترح { $a }
said-no-resolution = ل‌ا يوجد قرار { $a }
said-no-column-one = ل‌ا يوجد عمود { $a }: في اللوحة غير مصنفة (0) فقط
said-no-column = ل‌ا يوجد عمود { $a }: في اللوحة من 0 (غير مصنفة) إلى { $b }
said-vote-against = كان التصويت { $a } مع، { $b } ضد — الرافضون أكثر من المؤيدين
said-vote-for = كان التصويت { $a } مع، { $b } ضد — المؤيدون أكثر من الرافضين
told-held = { $title }: عُقدت من { $from } إلى { $to }
told-held-from = { $title }: جارية منذ { $from }
key-held-times = أوقات ال‌انعقاد
does-held-times = إعطاء الجلسة الحالية أوقات انعقادها (مدونة ل‌احقًا، أو مؤقت لم يبدأ)
ask-held-times = متى عُقدت؟
ask-held-times-hint = مثل 09:10-10:05، أو 09:10 وحده لجلسة جارية ال‌آن
said-held-hint = اكتب متى عُقدت، مثل 09:10-10:05 (أو 09:10 وحده لجلسة جارية ال‌آن)
said-held-end = يجب أن تأتي النهاية بعد البداية، مثل 09:10-10:05
said-held-not-running = الجلسة غير الجارية ال‌آن تحتاج أيضًا إلى وقت انتهائها، مثل 09:10-10:05
said-held-not-yet = لم يحن ذلك الوقت بعد
