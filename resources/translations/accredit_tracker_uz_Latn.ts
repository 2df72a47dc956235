<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Raise corrective action</source>
        <translation>Tuzatuvchi chora-tadbir</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Nima qilinadi</translation>
    </message>
    <message>
        <source>Element codes, separated by &apos;;&apos;</source>
        <translation>Element kodlari, &apos;;&apos; bilan ajratilgan</translation>
    </message>
    <message>
        <source>Why it happened, as the analysis found</source>
        <translation>Nima uchun yuz berdi, tahlil natijasiga koʻra</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Belgilash</translation>
    </message>
    <message>
        <source>e.g. 30 records audited monthly, ≥ 90 % compliant for 4 months in a row</source>
        <translation>masalan, har oy 30 ta karta auditi, ketma-ket 4 oy ≥ 90 % muvofiqlik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Chora-tadbir</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elementlar</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Asosiy sabab</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ochilgan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Muvaffaqiyat mezoni</translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>Chora-tadbir saqlanmadi</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Chora-tadbir</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elementlar</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Muvaffaqiyat mezoni</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Tekshiruv</translation>
    </message>
    <message>
        <source>%s (overdue)</source>
        <translation>%s (muddati oʻtgan)</translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Yangi baholash…</translation>
    </message>
    <message>
        <source>&amp;Scoring profile…</source>
        <translation>Baholash &amp;profili…</translation>
    </message>
    <message>
        <source>&amp;Locked after the survey</source>
        <translation>&amp;Qulflangan (tekshiruvdan soʻng)</translation>
    </message>
    <message>
        <source>A locked assessment can be read and exported but not changed</source>
        <translation>Qulflangan baholashni oʻqish va eksport qilish mumkin, lekin oʻzgartirib boʻlmaydi</translation>
    </message>
    <message>
        <source>%s elements carried through the mapping, to review; %s with suggestions.</source>
        <translation>Moslik orqali koʻchirilgan elementlar: %s (tekshirish kerak); takliflari borlar: %s.</translation>
    </message>
    <message>
        <source>Lock &apos;%s&apos;? Nobody can then change its results, owners, notes or evidence, in this window, from the command line or by taking back a report, until it is unlocked. Reading and exporting it stay possible.</source>
        <translation>«%s» qulflansinmi? Shundan soʻng, qulfdan chiqarilmaguncha, hech kim uning natijalari, masʼullari, izohlari yoki dalillarini bu oynada, buyruq satridan yoki hisobotdan natijalarni qaytarib olish orqali oʻzgartira olmaydi. Uni oʻqish va eksport qilish mumkin boʻlib qoladi.</translation>
    </message>
    <message>
        <source>Unlock &apos;%s&apos; so that it can be changed again? This is recorded.</source>
        <translation>«%s» qayta oʻzgartirish uchun qulfdan chiqarilsinmi? Bu amal qayd etiladi.</translation>
    </message>
    <message>
        <source>Lock assessment</source>
        <translation>Baholashni qulflash</translation>
    </message>
    <message>
        <source>Unlock assessment</source>
        <translation>Baholashni qulfdan chiqarish</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>An assessment needs a name.</source>
        <translation>Baholashga nom berilishi kerak.</translation>
    </message>
    <message>
        <source>The survey cannot end ({ends}) before it starts ({starts}).</source>
        <translation>Tekshiruv boshlanishidan ({starts}) oldin tugashi ({ends}) mumkin emas.</translation>
    </message>
    <message>
        <source>There is no standards library with id {id}.</source>
        <translation>ID raqami {id} boʻlgan standartlar kutubxonasi topilmadi.</translation>
    </message>
    <message>
        <source>There is no scoring profile named &apos;{key}&apos;.</source>
        <translation>“{key}” nomli baholash profili topilmadi.</translation>
    </message>
    <message>
        <source>The assessment to start from is not of the same library.</source>
        <translation>Asos qilib olinadigan baholash boshqa kutubxonaga tegishli.</translation>
    </message>
    <message>
        <source>Element assessment {id} is gone.</source>
        <translation>ID raqami {id} boʻlgan element baholashi endi mavjud emas.</translation>
    </message>
    <message>
        <source>Someone else saved some of these elements at the same moment; nothing was changed. Reload and try again.</source>
        <translation>Ushbu elementlarning ayrimlarini ayni paytda boshqa foydalanuvchi saqladi; hech narsa oʻzgartirilmadi. Qayta yuklang va yana urinib koʻring.</translation>
    </message>
    <message>
        <source>There is no assessment with id {id}.</source>
        <translation>ID raqami {id} boʻlgan baholash topilmadi.</translation>
    </message>
    <message>
        <source>There is no scoring profile with id {id}.</source>
        <translation>ID raqami {id} boʻlgan baholash profili topilmadi.</translation>
    </message>
    <message>
        <source>Assessment &apos;{name}&apos; is locked; unlock it first.</source>
        <translation>“{name}” baholashi qulflangan; avval uni qulfdan chiqaring.</translation>
    </message>
    <message>
        <source>It now says: {values}.</source>
        <translation>Hozirgi qiymatlar: {values}.</translation>
    </message>
    <message>
        <source>{who} changed this element meanwhile after you opened it; reload to see their version.</source>
        <translation>Siz ochganingizdan keyin shu orada {who} ushbu elementni oʻzgartirdi; uning versiyasini koʻrish uchun qayta yuklang.</translation>
    </message>
    <message>
        <source>Someone changed this element meanwhile after you opened it; reload to see their version.</source>
        <translation>Siz ochganingizdan keyin shu orada kimdir ushbu elementni oʻzgartirdi; uning versiyasini koʻrish uchun qayta yuklang.</translation>
    </message>
    <message>
        <source>{who} changed this element at {when} after you opened it; reload to see their version.</source>
        <translation>Siz ochganingizdan keyin {who} ushbu elementni oʻzgartirdi ({when}); uning versiyasini koʻrish uchun qayta yuklang.</translation>
    </message>
    <message>
        <source>Someone changed this element at {when} after you opened it; reload to see their version.</source>
        <translation>Siz ochganingizdan keyin kimdir ushbu elementni oʻzgartirdi ({when}); uning versiyasini koʻrish uchun qayta yuklang.</translation>
    </message>
</context>
<context>
    <name>AttachDetailsDialog</name>
    <message>
        <source>Details of the files to attach</source>
        <translation>Biriktiriladigan fayllar haqida maʼlumot</translation>
    </message>
    <message>
        <source> and %s more</source>
        <translation> va yana %s ta</translation>
    </message>
    <message>
        <source>What the files show, for the surveyor (optional)</source>
        <translation>Fayllar nimani koʻrsatadi — ekspert uchun (ixtiyoriy)</translation>
    </message>
    <message>
        <source>Review or expiry date</source>
        <translation>Qayta koʻrib chiqish yoki amal qilish muddati</translation>
    </message>
    <message>
        <source>Remembered for the next files of this type. Edit → Preferences can stop this question.</source>
        <translation>Shu turdagi keyingi fayllar uchun eslab qolinadi. Bu savolni Tahrirlash → Sozlamalar orqali oʻchirish mumkin.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Biriktirish</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>{rows} changes, chain head {hash}</source>
        <translation>{rows} ta oʻzgarish, zanjir boshi {hash}</translation>
    </message>
    <message>
        <source>audit trail row {id} ({when}, {user}, {action}): {problem}</source>
        <translation>oʻzgarishlar jurnalining {id}-qatori ({when}, {user}, {action}): {problem}</translation>
    </message>
    <message>
        <source>the chain starts here, but this row does not mark its start: the hashes of the rows before it were removed</source>
        <translation>zanjir shu yerdan boshlanadi, lekin bu qator uning boshlanishini bildirmaydi: undan oldingi qatorlarning xeshlari oʻchirilgan</translation>
    </message>
    <message>
        <source>its hash is missing</source>
        <translation>qatorning xeshi yoʻq</translation>
    </message>
    <message>
        <source>it does not match its hash: this row was changed, or a row before it was removed, inserted or moved</source>
        <translation>qator oʻz xeshiga mos kelmaydi: u oʻzgartirilgan yoki undan oldingi qator oʻchirilgan, qoʻshilgan yoki koʻchirilgan</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>self-assessment</source>
        <translation>oʻz-oʻzini baholash</translation>
    </message>
    <message>
        <source>mock survey</source>
        <translation>sinov auditi</translation>
    </message>
    <message>
        <source>official survey</source>
        <translation>rasmiy audit</translation>
    </message>
    <message>
        <source>follow-up survey</source>
        <translation>takroriy audit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Fayl nomi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Qayta koʻrib chiqish sanasi</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Qulflangan</translation>
    </message>
    <message>
        <source>Scoring profile</source>
        <translation>Baholash profili</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Muassasa nomi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Nima qilinadi</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Asosiy sabab</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Muvaffaqiyat mezoni</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Taklif</translation>
    </message>
    <message>
        <source>Mapping row</source>
        <translation>Moslik qatori</translation>
    </message>
    <message>
        <source>Carried value</source>
        <translation>Koʻchirilgan qiymat</translation>
    </message>
    <message>
        <source>Undo: {change}</source>
        <translation>Bekor qilish: {change}</translation>
    </message>
    <message>
        <source>an element</source>
        <translation>element</translation>
    </message>
    <message>
        <source>Taken back from {file}.</source>
        <translation>{file} faylidan qaytarib olindi.</translation>
    </message>
    <message>
        <source>“{file}” linked to {element} as evidence.</source>
        <translation>“{file}” {element} ga dalil sifatida bogʻlandi.</translation>
    </message>
    <message>
        <source>Evidence file “{file}” ({size}) added to the project.</source>
        <translation>“{file}” dalil fayli ({size}) loyihaga qoʻshildi.</translation>
    </message>
    <message>
        <source>Evidence file “{file}” added to the project.</source>
        <translation>“{file}” dalil fayli loyihaga qoʻshildi.</translation>
    </message>
    <message>
        <source>“{file}” taken off {element}; the file stays in the project.</source>
        <translation>“{file}” {element} dan ajratildi; fayl loyihada qoladi.</translation>
    </message>
    <message>
        <source>{element} lost “{file}”, which was removed from the project.</source>
        <translation>{element} “{file}” faylidan ayrildi: fayl loyihadan oʻchirildi.</translation>
    </message>
    <message>
        <source>Evidence file “{file}” removed from the project.</source>
        <translation>“{file}” dalil fayli loyihadan oʻchirildi.</translation>
    </message>
    <message>
        <source>Evidence file “{twin}” merged into “{file}”, which has the same content; it supports the elements of both.</source>
        <translation>“{twin}” dalil fayli bir xil mazmunli “{file}” bilan birlashtirildi; endi u ikkalasining elementlarini tasdiqlaydi.</translation>
    </message>
    <message>
        <source>{count} evidence links carried over from “{earlier}”.</source>
        <translation>“{earlier}” dan koʻchirilgan dalil bogʻlanishlari: {count}.</translation>
    </message>
    <message>
        <source>{count} evidence links carried over.</source>
        <translation>Koʻchirilgan dalil bogʻlanishlari: {count}.</translation>
    </message>
    <message>
        <source>Assessment “{name}” locked.</source>
        <translation>“{name}” baholashi qulflandi.</translation>
    </message>
    <message>
        <source>Assessment “{name}” unlocked.</source>
        <translation>“{name}” baholashi qulfdan chiqarildi.</translation>
    </message>
    <message>
        <source>Assessment “{name}” now scored with “{profile}” (was “{was}”).</source>
        <translation>“{name}” baholashi endi “{profile}” profili boʻyicha hisoblanadi (avval “{was}”).</translation>
    </message>
    <message>
        <source>Project created.</source>
        <translation>Loyiha yaratildi.</translation>
    </message>
    <message>
        <source>Project copied from {source}.</source>
        <translation>Loyiha {source} dan nusxalandi.</translation>
    </message>
    <message>
        <source>another project</source>
        <translation>boshqa loyiha</translation>
    </message>
    <message>
        <source>Scoring profile “{profile}” added.</source>
        <translation>“{profile}” baholash profili qoʻshildi.</translation>
    </message>
    <message>
        <source>Facility name set to “{name}”.</source>
        <translation>Muassasa nomi: “{name}”.</translation>
    </message>
    <message>
        <source>Facility name changed to “{name}” (was “{old}”).</source>
        <translation>Muassasa nomi “{name}” ga oʻzgartirildi (avval “{old}”).</translation>
    </message>
    <message>
        <source>Change recorded: {old} → {new}.</source>
        <translation>Oʻzgarish qayd etildi: {old} → {new}.</translation>
    </message>
    <message>
        <source>its elements</source>
        <translation>uning elementlari</translation>
    </message>
    <message>
        <source>Tracer “{focus}” planned: {facts}.</source>
        <translation>“{focus}” treyseri rejalashtirildi: {facts}.</translation>
    </message>
    <message>
        <source>Tracer {id} marked {new} (was {old}).</source>
        <translation>{id}-treyser holati: {new} (avval: {old}).</translation>
    </message>
    <message>
        <source>Tracer “{focus}” ({facts}) deleted with its findings ({count}).</source>
        <translation>“{focus}” treyseri ({facts}) topilmalari bilan birga oʻchirildi ({count}).</translation>
    </message>
    <message>
        <source>Tracer “{focus}” ({facts}) deleted.</source>
        <translation>“{focus}” treyseri ({facts}) oʻchirildi.</translation>
    </message>
    <message>
        <source>Tracer “{focus}” put back with its findings ({count}).</source>
        <translation>“{focus}” treyseri topilmalari bilan birga qaytarildi ({count}).</translation>
    </message>
    <message>
        <source>Tracer “{focus}” put back.</source>
        <translation>“{focus}” treyseri qaytarildi.</translation>
    </message>
    <message>
        <source>Finding recorded on {elements} ({compliance}): “{observed}”.</source>
        <translation>{elements} boʻyicha topilma yozildi ({compliance}): “{observed}”.</translation>
    </message>
    <message>
        <source>Finding {id} accepted into the checklist: its elements set to {result}.</source>
        <translation>{id}-topilma nazorat roʻyxatiga qabul qilindi: uning elementlariga “{result}” natijasi qoʻyildi.</translation>
    </message>
    <message>
        <source>Acceptance of finding {id} withdrawn: its elements have their earlier results back.</source>
        <translation>{id}-topilmaning qabul qilinishi bekor qilindi: uning elementlariga avvalgi natijalar qaytarildi.</translation>
    </message>
    <message>
        <source>Finding on {elements} ({compliance}) deleted: “{observed}”.</source>
        <translation>{elements} boʻyicha topilma oʻchirildi ({compliance}): “{observed}”.</translation>
    </message>
    <message>
        <source>Finding on {elements} put back: “{observed}”.</source>
        <translation>{elements} boʻyicha topilma qaytarildi: “{observed}”.</translation>
    </message>
    <message>
        <source>owner {owner}</source>
        <translation>masʼul {owner}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>muddati {day}</translation>
    </message>
    <message>
        <source>Corrective action raised for {elements} ({facts}): “{what}”.</source>
        <translation>{elements} boʻyicha tuzatuvchi chora-tadbir belgilandi ({facts}): “{what}”.</translation>
    </message>
    <message>
        <source>Corrective action raised for {elements}: “{what}”.</source>
        <translation>{elements} boʻyicha tuzatuvchi chora-tadbir belgilandi: “{what}”.</translation>
    </message>
    <message>
        <source>{field} of action {id} cleared (was {old}).</source>
        <translation>{id}-chora-tadbirning “{field}” maydoni tozalandi (avval: {old}).</translation>
    </message>
    <message>
        <source>{field} of action {id} set to {new}.</source>
        <translation>{id}-chora-tadbirning “{field}” maydoni: {new}.</translation>
    </message>
    <message>
        <source>{field} of action {id} set to {new} (was {old}).</source>
        <translation>{id}-chora-tadbirning “{field}” maydoni: {new} (avval: {old}).</translation>
    </message>
    <message>
        <source>Action {id} verified by {who} on {day}: {status}.</source>
        <translation>{id}-chora-tadbir tekshirildi ({who}, {day}): {status}.</translation>
    </message>
    <message>
        <source>Corrective action for {elements} ({facts}) deleted: “{what}”.</source>
        <translation>{elements} boʻyicha tuzatuvchi chora-tadbir oʻchirildi ({facts}): “{what}”.</translation>
    </message>
    <message>
        <source>Corrective action for {elements} put back: “{what}”.</source>
        <translation>{elements} boʻyicha tuzatuvchi chora-tadbir qaytarildi: “{what}”.</translation>
    </message>
    <message>
        <source>Mapping “{name}” created with {count} rows.</source>
        <translation>“{name}” mosligi yaratildi, qatorlar: {count}.</translation>
    </message>
    <message>
        <source>Row “{row}” added to mapping “{name}”.</source>
        <translation>“{name}” mosligiga “{row}” qatori qoʻshildi.</translation>
    </message>
    <message>
        <source>Assessment “{name}” started through a mapping.</source>
        <translation>“{name}” baholash moslik orqali boshlandi.</translation>
    </message>
    <message>
        <source>Assessment “{name}” started from “{earlier}” through a mapping: {elements} elements carried, {links} evidence links, {suggestions} suggestions to review.</source>
        <translation>“{name}” baholash “{earlier}” dan moslik orqali boshlandi: koʻchirilgan elementlar — {elements}, dalil bogʻlanishlari — {links}, tekshiriladigan takliflar — {suggestions}.</translation>
    </message>
    <message>
        <source>Evidence links carried over to {element}.</source>
        <translation>Dalil bogʻlanishlari {element} ga koʻchirildi.</translation>
    </message>
    <message>
        <source>{field} of {element} carried over: {new}.</source>
        <translation>{element} uchun “{field}” koʻchirildi: {new}.</translation>
    </message>
    <message>
        <source>Suggestion for {element} accepted: its result taken from “{earlier}”.</source>
        <translation>{element} uchun taklif qabul qilindi: natija “{earlier}” dan olindi.</translation>
    </message>
    <message>
        <source>Suggestion for {element} rejected.</source>
        <translation>{element} uchun taklif rad etildi.</translation>
    </message>
    <message>
        <source>Values carried to {element} reviewed.</source>
        <translation>{element} ga koʻchirilgan qiymatlar tekshirildi.</translation>
    </message>
    <message>
        <source>{field} of {element} cleared (was {old}).</source>
        <translation>{element}: “{field}” maydoni tozalandi (avval {old}).</translation>
    </message>
    <message>
        <source>{field} of {element} set to {new}.</source>
        <translation>{element}: “{field}” maydoni — {new}.</translation>
    </message>
    <message>
        <source>{field} of {element} set to {new} (was {old}).</source>
        <translation>{element}: “{field}” maydoni — {new} (avval {old}).</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Qulfdan chiqarilgan</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>Evidence file “{old}” renamed “{new}”.</source>
        <translation>“{old}” dalil fayli “{new}” deb qayta nomlandi.</translation>
    </message>
    <message>
        <source>an evidence file</source>
        <translation>dalil fayli</translation>
    </message>
    <message>
        <source>{field} of {file} cleared (was {old}).</source>
        <translation>{file}: “{field}” maydoni tozalandi (avval {old}).</translation>
    </message>
    <message>
        <source>{field} of {file} set to {new}.</source>
        <translation>{file}: “{field}” maydoni — {new}.</translation>
    </message>
    <message>
        <source>{field} of {file} set to {new} (was {old}).</source>
        <translation>{file}: “{field}” maydoni — {new} (avval {old}).</translation>
    </message>
    <message>
        <source>scored with “{profile}”</source>
        <translation>baholash profili “{profile}”</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>{start} dan {end} gacha</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>{start} dan</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>{end} gacha</translation>
    </message>
    <message>
        <source>started from “{earlier}”</source>
        <translation>“{earlier}” asosida</translation>
    </message>
    <message>
        <source>Assessment “{name}” created.</source>
        <translation>“{name}” baholashi yaratildi.</translation>
    </message>
    <message>
        <source>Assessment “{name}” created: {facts}.</source>
        <translation>“{name}” baholashi yaratildi: {facts}.</translation>
    </message>
    <message>
        <source>Standards library “{name}” imported: {chapters} chapters, {standards} standards, {elements} measurable elements.</source>
        <translation>“{name}” standartlar kutubxonasi import qilindi: boblar — {chapters}, standartlar — {standards}, oʻlchanadigan elementlar — {elements}.</translation>
    </message>
    <message>
        <source>Standards library “{name}” imported.</source>
        <translation>“{name}” standartlar kutubxonasi import qilindi.</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>From</source>
        <translation>Sanadan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sanagacha</translation>
    </message>
    <message>
        <source>Find in values, details, codes and names</source>
        <translation>Qiymatlar, tafsilotlar, kodlar va nomlardan qidirish</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport qilish…</translation>
    </message>
    <message>
        <source>Write every change that matches the filters to an Excel or CSV file</source>
        <translation>Filtrlarga mos keladigan barcha oʻzgarishlarni Excel yoki CSV fayliga yozish</translation>
    </message>
    <message>
        <source>Unticked: any date</source>
        <translation>Belgilanmagan: istalgan sana</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Barcha foydalanuvchilar</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation>Barcha baholashlar</translation>
    </message>
    <message>
        <source>Any chapter</source>
        <translation>Barcha boblar</translation>
    </message>
    <message>
        <source>Any kind of change</source>
        <translation>Barcha oʻzgarish turlari</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Oʻqilmoqda…</translation>
    </message>
    <message>
        <source>showing the newest %s of %s</source>
        <translation>eng yangi %s ta oʻzgarish koʻrsatilmoqda (jami %s ta)</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 ta oʻzgarish</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln ta oʻzgarish</numerusform>
            <numerusform>%Ln ta oʻzgarish</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %s</source>
        <translation>Tarixni oʻqib boʻlmadi: %s</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Oʻzgarishlar jurnalini eksport qilish</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ish kitoblari (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV fayllar (*.csv)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>%s yozilmoqda</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written.</source>
        <translation>Bekor qilindi; %s yozilmadi.</translation>
    </message>
    <message>
        <source>Audit trail not written</source>
        <translation>Oʻzgarishlar jurnali yozilmadi</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit jurnali</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %Ln change(s).</source>
        <translation>
            <numerusform>%1 yozildi: %Ln ta oʻzgarish.</numerusform>
            <numerusform>%1 yozildi: %Ln ta oʻzgarish.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Bulk edit</source>
        <translation>Ommaviy tahrirlash</translation>
    </message>
    <message>
        <source>— leave as it is —</source>
        <translation>— oʻzgarishsiz qoldirish —</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>Muddatni belgilash</translation>
    </message>
    <message>
        <source>Set notes</source>
        <translation>Izohlarni belgilash</translation>
    </message>
    <message>
        <source>Replace the notes of every selected element (left empty: clear them)</source>
        <translation>Barcha tanlangan elementlarning izohlarini almashtirish (boʻsh qoldirilsa — tozalash)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Boʻlim</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln selected element(s) in one step (one undo).</source>
        <translation>
            <numerusform>Tanlangan %Ln ta elementni bir qadamda oʻzgartirish (bir marta bekor qilinadi).</numerusform>
            <numerusform>Tanlangan %Ln ta elementni bir qadamda oʻzgartirish (bir marta bekor qilinadi).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryIntoDialog</name>
    <message>
        <source>Carry results into this assessment</source>
        <translation>Natijalarni ushbu baholashga koʻchirish</translation>
    </message>
    <message>
        <source>“%s” through the mapping “%s”</source>
        <translation>«%s» «%s» mosligi orqali</translation>
    </message>
    <message>
        <source>Elements mapped as equal take the result, work status, owner, notes and evidence links of their source element, marked “carried — review”; the other mappings become suggestions. Only an assessment in which nothing has been recorded yet can be filled so.</source>
        <translation>Teng deb moslangan elementlar manba elementning natijasi, ish holati, masʼuli, izohlari va dalil havolalarini «koʻchirilgan — tekshirish kerak» belgisi bilan oladi; qolgan mosliklar takliflarga aylanadi. Faqat hali hech narsa yozilmagan baholashnigina shu tarzda toʻldirish mumkin.</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Qaysi baholashga:</translation>
    </message>
    <message>
        <source>&amp;Carry from:</source>
        <translation>&amp;Qayerdan koʻchirish:</translation>
    </message>
    <message>
        <source>No mapping leads to this assessment&apos;s library from another one</source>
        <translation>Boshqa kutubxonadan ushbu baholash kutubxonasiga olib boruvchi moslik yoʻq</translation>
    </message>
</context>
<context>
    <name>ChangeKind</name>
    <message>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Izohlar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dalillar</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Baholash</translation>
    </message>
    <message>
        <source>Library import</source>
        <translation>Kutubxonani import qilish</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Loyiha</translation>
    </message>
    <message>
        <source>Tracers</source>
        <translation>Treyserlar</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Topilmalar</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Tuzatuvchi chora-tadbirlar</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Mosliklar</translation>
    </message>
    <message>
        <source>Carried values</source>
        <translation>Koʻchirilgan qiymatlar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Boshqa</translation>
    </message>
</context>
<context>
    <name>ChapterBars</name>
    <message>
        <source>%s · not enough assessed</source>
        <translation>%s · yetarlicha baholanmagan</translation>
    </message>
    <message>
        <source>%s %s
Score %s%s — click to see its elements</source>
        <translation>%s %s
Ball %s%s — elementlarini koʻrish uchun bosing</translation>
    </message>
</context>
<context>
    <name>ChapterComparisonModel</name>
    <message>
        <source>Chapter</source>
        <translation>Bob</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avval</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hozir</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Oʻzgarish</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Umumiy</translation>
    </message>
</context>
<context>
    <name>ChapterTreeModel</name>
    <message>
        <source>All elements</source>
        <translation>Barcha elementlar</translation>
    </message>
    <message>
        <source>not enough assessed (%s)</source>
        <translation>yetarlicha baholanmagan (%s)</translation>
    </message>
    <message>
        <source>%s of %s met</source>
        <translation>%s / %s bajarilgan</translation>
    </message>
    <message>
        <source>Score %s — not enough assessed to judge: %s of %s applicable elements (at least %s %% needed)</source>
        <translation>Ball %s — xulosa uchun yetarlicha baholanmagan: %s / %s tegishli element (kamida %s %% kerak)</translation>
    </message>
    <message>
        <source>Score %s</source>
        <translation>Ball %s</translation>
    </message>
    <message>
        <source>Score %s — meets the threshold of %s</source>
        <translation>Ball %s — %s chegarasiga mos keladi</translation>
    </message>
    <message>
        <source>Score %s — below the threshold of %s</source>
        <translation>Ball %s — %s chegarasidan past</translation>
    </message>
</context>
<context>
    <name>CheckResultBox</name>
    <message>
        <source>Check</source>
        <translation>Tekshirish</translation>
    </message>
    <message>
        <source>Fix the file or the column mapping and check again.</source>
        <translation>Faylni yoki ustunlar moslashuvini tuzating va qayta tekshiring.</translation>
    </message>
    <message>
        <source>%s, %s, %s; ready to import.</source>
        <translation>%s, %s, %s; import qilishga tayyor.</translation>
    </message>
    <message>
        <source>Import adds them to the project as the library “%s”.</source>
        <translation>Import qilinganda ular loyihaga “%s” kutubxonasi sifatida qoʻshiladi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%Ln ta muammo; hech narsa import qilinmadi.</numerusform>
            <numerusform>%Ln ta muammo; hech narsa import qilinmadi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln note(s) below are worth reading first.</source>
        <translation>
            <numerusform>Avval quyidagi %Ln ta eslatmani oʻqib chiqish tavsiya etiladi.</numerusform>
            <numerusform>Avval quyidagi %Ln ta eslatmani oʻqib chiqish tavsiya etiladi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chapter(s)</source>
        <translation>
            <numerusform>%Ln ta bob</numerusform>
            <numerusform>%Ln ta bob</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standard(s)</source>
        <translation>
            <numerusform>%Ln ta standart</numerusform>
            <numerusform>%Ln ta standart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measurable element(s)</source>
        <translation>
            <numerusform>%Ln ta oʻlchanadigan element</numerusform>
            <numerusform>%Ln ta oʻlchanadigan element</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Qaytarish</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Izlash…</translation>
    </message>
    <message>
        <source>Set &amp;result of selection</source>
        <translation>Tanlanganlarga &amp;natija belgilash</translation>
    </message>
    <message>
        <source>&amp;Bulk edit selection…</source>
        <translation>Tanlanganlarni &amp;ommaviy tahrirlash…</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>result</source>
        <translation>natija</translation>
    </message>
    <message>
        <source>status</source>
        <translation>holat</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>masʼul</translation>
    </message>
    <message>
        <source>department</source>
        <translation>boʻlim</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>muddat</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>izohlar</translation>
    </message>
    <message>
        <source>this server does not send change notices</source>
        <translation>bu server oʻzgarishlar haqida xabar yubormaydi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked.&lt;/b&gt; This assessment was locked after its survey: it can be read and exported, not changed. Assessment → Locked after the survey unlocks it.</source>
        <translation>&lt;b&gt;Qulflangan.&lt;/b&gt; Ushbu baholash tekshiruvdan keyin qulflangan: uni oʻqish va eksport qilish mumkin, oʻzgartirish mumkin emas. Qulfdan chiqarish uchun: Baholash → Tekshiruvdan keyin qulflangan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %s. This project can be browsed, searched and exported, and its evidence saved as copies, but not changed. To change it, save a copy with File → Copy project to a file.</source>
        <translation>&lt;b&gt;Faqat oʻqish uchun:&lt;/b&gt; %s. Bu loyihani koʻrib chiqish, undan qidirish va eksport qilish, dalillarining nusxalarini saqlash mumkin, lekin oʻzgartirib boʻlmaydi. Uni oʻzgartirish uchun Fayl → Loyihani faylga nusxalash orqali nusxasini saqlang.</translation>
    </message>
    <message>
        <source>%s elements</source>
        <translation>%s ta element</translation>
    </message>
    <message>
        <source>Applying %s</source>
        <translation>%s qoʻllanmoqda</translation>
    </message>
    <message>
        <source>Results not taken back</source>
        <translation>Natijalar qaytarib olinmadi</translation>
    </message>
    <message numerus="yes">
        <source>Take back %Ln change(s) from %1</source>
        <translation>
            <numerusform>%1 faylidan %Ln ta oʻzgarishni qaytarib olish</numerusform>
            <numerusform>%1 faylidan %Ln ta oʻzgarishni qaytarib olish</numerusform>
        </translation>
    </message>
    <message>
        <source>Others&apos; changes: looked for every %s s (no notices from the server)</source>
        <translation>Boshqalarning oʻzgarishlari: har %s soniyada tekshiriladi (serverdan xabar kelmaydi)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connection to the shared project&lt;/b&gt; since %s. What you type is kept and saved when the server answers again; a result or field set meanwhile was not saved. Trying again every few seconds…</source>
        <translation>&lt;b&gt;Umumiy loyiha bilan aloqa yoʻq&lt;/b&gt; (soat %s dan beri). Siz kiritayotgan matn saqlanib qoladi va server yana javob berganda yoziladi; shu orada belgilangan natija yoki maydon qiymati saqlanmadi. Har bir necha soniyada qayta urinilmoqda…</translation>
    </message>
    <message>
        <source>Set %s</source>
        <translation>Belgilash: %s</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %Ln element(s)</source>
        <translation>
            <numerusform>Belgilash: %1 (%Ln ta element)</numerusform>
            <numerusform>Belgilash: %1 (%Ln ta element)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes, not saved:</source>
        <translation>Saqlanmagan izohlaringiz:</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Oʻzgarish saqlanmadi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tahrirlashni davom ettirish</translation>
    </message>
</context>
<context>
    <name>ColumnMappingBox</name>
    <message>
        <source>Columns</source>
        <translation>Ustunlar</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Ustun</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Fayldagi sarlavha</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Birinchi qiymat</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>Ikkinchi qiymat</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Qanday oʻqiladi</translation>
    </message>
    <message>
        <source>&amp;Keep them as attributes</source>
        <translation>&amp;Atribut sifatida saqlash</translation>
    </message>
    <message>
        <source>Import these columns too, shown with each element and in the report</source>
        <translation>Bu ustunlarni ham import qilish: ular har bir element yonida va hisobotda koʻrsatiladi</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— eʼtiborsiz qoldirish —</translation>
    </message>
    <message>
        <source>Column %s is read as</source>
        <translation>%s ustuni quyidagicha oʻqiladi</translation>
    </message>
    <message>
        <source>one row per measurable element</source>
        <translation>har bir oʻlchanadigan element uchun bitta qator</translation>
    </message>
    <message>
        <source>an outline of chapters, standards and elements</source>
        <translation>boblar, standartlar va elementlar tuzilmasi</translation>
    </message>
    <message>
        <source>Headers found on row %s; the sheet is read as %s.</source>
        <translation>Sarlavhalar %s-qatorda topildi; varaq quyidagicha oʻqiladi: %s.</translation>
    </message>
    <message>
        <source>Row %s is taken as the header row, but not every column was recognised; the sheet is read as %s.</source>
        <translation>%s-qator sarlavha qatori deb olindi, biroq barcha ustunlar ham aniqlanmadi; varaq quyidagicha oʻqiladi: %s.</translation>
    </message>
    <message>
        <source>Check what each column is read as, and change it where it is wrong.</source>
        <translation>Har bir ustun qanday oʻqilishini tekshiring va notoʻgʻri boʻlsa, oʻzgartiring.</translation>
    </message>
    <message>
        <source>Not imported: %s.</source>
        <translation>Import qilinmaydi: %s.</translation>
    </message>
    <message>
        <source>No column is read as %s yet. Choose it under “Read as” for the column that holds it, then click Check.</source>
        <translation>Hozircha hech bir ustun %s sifatida oʻqilmaydi. Uni oʻz ichiga olgan ustun uchun “Qanday oʻqiladi” ostida shu bandni tanlang, soʻng Tekshirish tugmasini bosing.</translation>
    </message>
    <message>
        <source>No column is read as “%s”. Under “Read as”, choose “%s” for the column that holds it.</source>
        <translation>Hech bir ustun “%s” sifatida oʻqilmaydi. “Qanday oʻqiladi” ostida uni oʻz ichiga olgan ustun uchun “%s” bandini tanlang.</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Move column left</source>
        <translation>Ustunni chapga surish</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>Ustunni oʻngga surish</translation>
    </message>
    <message>
        <source>Two lines of element text</source>
        <translation>Element matnining ikki qatori</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Ustunlarni asl holiga qaytarish</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Overall</source>
        <translation>Umumiy</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>(not there)</source>
        <translation>(mavjud emas)</translation>
    </message>
    <message>
        <source>Compare assessments</source>
        <translation>Baholashlarni solishtirish</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Avval:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Hozir:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Barcha oʻzgarishlar</translation>
    </message>
    <message>
        <source>Find in codes and text</source>
        <translation>Kodlar va matndan qidirish</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport qilish…</translation>
    </message>
    <message>
        <source>Write the comparison to an Excel workbook</source>
        <translation>Solishtirishni Excel ish kitobiga yozish</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Oʻqilmoqda…</translation>
    </message>
    <message>
        <source>Scored under different profiles: %s then, %s now.</source>
        <translation>Turli baholash profillari boʻyicha hisoblangan: avval %s, hozir %s.</translation>
    </message>
    <message>
        <source>The comparison could not be worked out: %s</source>
        <translation>Taqqoslashni bajarib boʻlmadi: %s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln element(s): %1</source>
        <translation>
            <numerusform>%Ln ta element: %1</numerusform>
            <numerusform>%Ln ta element: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing %1 of %Ln element(s): %2</source>
        <translation>
            <numerusform>%Ln ta elementdan %1 tasi koʻrsatilmoqda: %2</numerusform>
            <numerusform>%Ln ta elementdan %1 tasi koʻrsatilmoqda: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Solishtirishni eksport qilish</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ish kitoblari (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>%s yozilmoqda</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written.</source>
        <translation>Bekor qilindi; %s yozilmadi.</translation>
    </message>
    <message>
        <source>Comparison not written</source>
        <translation>Solishtirish yozilmadi</translation>
    </message>
    <message>
        <source>Wrote %s.</source>
        <translation>%s yozildi.</translation>
    </message>
</context>
<context>
    <name>CrosswalkActions</name>
    <message>
        <source>&amp;Mappings between libraries…</source>
        <translation>Kutubxonalar &amp;mosliklari…</translation>
    </message>
    <message>
        <source>Ca&amp;rry results into this assessment…</source>
        <translation>Natijalarni ushbu baholashga &amp;koʻchirish…</translation>
    </message>
    <message>
        <source>Fill this assessment, in which nothing is recorded yet, from an assessment of another library through a mapping</source>
        <translation>Hali hech narsa yozilmagan ushbu baholashni boshqa kutubxona baholashidan moslik orqali toʻldirish</translation>
    </message>
    <message>
        <source>&amp;Keep carried values</source>
        <translation>Koʻchirilgan qiymatlarni &amp;qoldirish</translation>
    </message>
    <message>
        <source>Mark the selected carried elements reviewed: their values, as they are now (kept or changed by you), stand</source>
        <translation>Tanlangan koʻchirilgan elementlarni tekshirilgan deb belgilash: ularning hozirgi qiymatlari (siz qoldirgan yoki oʻzgartirgan) saqlanadi</translation>
    </message>
    <message>
        <source>Review &amp;suggestions…</source>
        <translation>&amp;Takliflarni koʻrib chiqish…</translation>
    </message>
    <message>
        <source>%s elements carried through the mapping, to review; %s with suggestions.</source>
        <translation>Moslik orqali koʻchirilgan elementlar: %s (tekshirish kerak); takliflari borlar: %s.</translation>
    </message>
    <message>
        <source>Keep carried values</source>
        <translation>Koʻchirilgan qiymatlarni qoldirish</translation>
    </message>
    <message>
        <source>None of the selected elements has carried values to review.</source>
        <translation>Tanlangan elementlarning hech birida tekshiriladigan koʻchirilgan qiymat yoʻq.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>(no owner)</source>
        <translation>(masʼul yoʻq)</translation>
    </message>
</context>
<context>
    <name>DashboardDocument</name>
    <message>
        <source>Readiness dashboard</source>
        <translation>Tayyorgarlikning umumiy koʻrinishi</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1-sahifa, jami %2</translation>
    </message>
    <message>
        <source>Readiness dashboard · %1 · %2</source>
        <translation>Tayyorgarlikning umumiy koʻrinishi · %1 · %2</translation>
    </message>
    <message>
        <source>Chapters — score against the chapter&apos;s threshold (dashed)</source>
        <translation>Boblar — bob chegarasiga nisbatan ball (uzuq chiziq)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Natijalar</translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation>Vaqt boʻyicha tayyorlik</translation>
    </message>
    <message>
        <source>Overdue by owner</source>
        <translation>Masʼullar boʻyicha muddati oʻtganlar</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Muddati oʻtganlar yoʻq.</translation>
    </message>
    <message>
        <source>What a surveyor would catch</source>
        <translation>Ekspert nimani payqaydi</translation>
    </message>
    <message>
        <source>Nothing to flag.</source>
        <translation>Eʼtirozlar yoʻq.</translation>
    </message>
    <message>
        <source>and %s more</source>
        <translation>va yana %s ta</translation>
    </message>
    <message>
        <source>Readiness over time appears once results have been recorded on at least two different days.</source>
        <translation>Vaqt boʻyicha tayyorlik natijalar kamida ikki xil kunda qayd etilgach paydo boʻladi.</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (dastlabki)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Fully met without evidence</source>
        <translation>Dalillarsiz toʻliq bajarilgan</translation>
    </message>
    <message>
        <source>Evidence past its review date</source>
        <translation>Qayta koʻrib chiqish sanasi oʻtgan dalillar</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Masʼul yoʻq</translation>
    </message>
    <message>
        <source>Standard below its threshold in a passing chapter</source>
        <translation>Talabga javob beruvchi bobdagi chegaradan past standart</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Chop etish…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF sifatida saqlash…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Natijalar</translation>
    </message>
    <message>
        <source>Overdue by owner</source>
        <translation>Masʼullar boʻyicha muddati oʻtganlar</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Tuzatuvchi chora-tadbirlar</translation>
    </message>
    <message>
        <source>Chapters — the dashed line is the threshold; click a bar</source>
        <translation>Boblar — uzuq chiziq chegarani bildiradi; ustunchani bosing</translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation>Tayyorgarlik dinamikasi</translation>
    </message>
    <message>
        <source>What a surveyor would catch — double-click to open</source>
        <translation>Tekshiruvchi nimalarni aniqlashi mumkin — ochish uchun ikki marta bosing</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Oʻqilmoqda…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %s</source>
        <translation>Panelni oʻqib boʻlmadi: %s</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (vaqtinchalik)</translation>
    </message>
    <message>
        <source>&lt;b&gt;To review after carrying through a mapping:&lt;/b&gt; %s carried, not yet reviewed; %s with suggestions. The checklist&apos;s review list shows them.</source>
        <translation>&lt;b&gt;Moslik orqali koʻchirishdan keyin tekshirish kerak:&lt;/b&gt; koʻchirilgan, hali tekshirilmagan — %s; takliflari bor — %s. Ularni nazorat roʻyxatidagi tekshiruv filtri koʻrsatadi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Repeat findings:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;Takroriy topilmalar:&lt;/b&gt; %s</translation>
    </message>
    <message>
        <source>No corrective actions yet; raise them on Tracers.</source>
        <translation>Hozircha tuzatuvchi chora-tadbirlar yoʻq; ular «Treyserlar» yorligʻida yaratiladi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue: %s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Muddati oʻtgan: %s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>… and %s more</source>
        <translation>… va yana %s ta</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Umumiy koʻrinishni PDF sifatida saqlash</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF hujjatlar (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>%s (key %s)</source>
        <translation>%s (%s tugmasi)</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Kim masʼul</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Notes are saved as you type</source>
        <translation>Izohlar yozish davomida saqlanadi</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Topilmalar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Izohlar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a measurable element.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Oʻlchanadigan elementni tanlang.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln element(s) selected&lt;/b&gt;: result, status, owner, department, due date and evidence you add or link apply to all of them.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln ta element tanlangan&lt;/b&gt;: siz belgilagan natija, holat, masʼul, boʻlim, muddat hamda qoʻshgan yoki bogʻlagan dalillaringiz ularning barchasiga qoʻllanadi.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln ta element tanlangan&lt;/b&gt;: siz belgilagan natija, holat, masʼul, boʻlim, muddat hamda qoʻshgan yoki bogʻlagan dalillaringiz ularning barchasiga qoʻllanadi.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> — accepted</source>
        <translation> — qabul qilingan</translation>
    </message>
    <message>
        <source> — repeat finding</source>
        <translation> — takroriy topilma</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)%5</source>
        <translation>%1: %2 (%3, %4)%5</translation>
    </message>
    <message>
        <source>Earlier, in %1: %2 (%3)</source>
        <translation>Avval, «%1»da: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n)</source>
        <translation>
            <numerusform>Topilmalar (%n)</numerusform>
            <numerusform>Topilmalar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%s  %s  %s: %s</source>
        <translation>%s  %s  %s: %s</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Guidance for the standard</source>
        <translation>Standartga izoh</translation>
    </message>
</context>
<context>
    <name>ElementChange</name>
    <message>
        <source>Improved</source>
        <translation>Yaxshilandi</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Yomonlashdi</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oʻzgarmadi</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Oʻzgardi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yangi</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Olib tashlandi</translation>
    </message>
</context>
<context>
    <name>ElementComparisonModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Oʻlchanadigan element</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avval</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hozir</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Oʻzgarish</translation>
    </message>
</context>
<context>
    <name>ElementTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Oʻlchanadigan element</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Oʻzgartirilgan</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Izohlar</translation>
    </message>
    <message>
        <source>%s of %s evidence files past the review date</source>
        <translation>Qayta koʻrib chiqish sanasi oʻtgan dalil fayllari: %s (jami %s ta)</translation>
    </message>
</context>
<context>
    <name>EscapedErrors</name>
    <message>
        <source>Something went wrong. Nothing more was changed. The details are in %s.</source>
        <translation>Nimadir notoʻgʻri ketdi. Boshqa hech narsa oʻzgartirilmadi. Tafsilotlar log faylida: %s.</translation>
    </message>
    <message>
        <source>Accredit Tracker</source>
        <translation>Accredit Tracker</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Evidence file {id} is gone; someone may have deleted it.</source>
        <translation>ID raqami {id} boʻlgan dalil fayli endi mavjud emas; uni kimdir oʻchirib yuborgan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} mavjud emas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file; attach the files inside it instead.</source>
        <translation>{path} fayl emas, jild; uning oʻrniga ichidagi fayllarni biriktiring.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket).</source>
        <translation>{path} oddiy fayl emas (qurilma, kanal yoki soket).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes); there is nothing to keep as evidence.</source>
        <translation>{path} boʻsh (0 bayt); dalil sifatida saqlanadigan hech narsa yoʻq.</translation>
    </message>
    <message>
        <source>{size} ({bytes:,} bytes)</source>
        <translation>{size} ({bytes:,} bayt)</translation>
    </message>
    <message>
        <source>{path} is {size}; an evidence file may be at most {limit}.</source>
        <translation>{path} hajmi {size}; dalil faylining hajmi koʻpi bilan {limit} boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>{path} disappeared while it was being read; nothing was attached.</source>
        <translation>{path} oʻqilayotganda yoʻqolib qoldi; hech narsa biriktirilmadi.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} faylini oʻqib boʻlmaydi: ruxsat berilmagan.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} faylini oʻqib boʻlmaydi: {reason}.</translation>
    </message>
    <message>
        <source>{path} grew while it was being read (it was {size:,} bytes); nothing was attached. Close the program writing it and try again.</source>
        <translation>{path} oʻqilayotganda hajmi kattalashdi (hajmi {size:,} bayt edi); hech narsa biriktirilmadi. Faylga yozayotgan dasturni yoping va qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>{path} shrank while it was being read (it was {size:,} bytes, only {done:,} could be read); nothing was attached. Close the program writing it and try again.</source>
        <translation>{path} oʻqilayotganda hajmi kichraydi (hajmi {size:,} bayt edi, faqat {done:,} bayti oʻqildi); hech narsa biriktirilmadi. Faylga yozayotgan dasturni yoping va qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>{path} changed while it was being read; nothing was attached. Close the program writing it and try again.</source>
        <translation>{path} oʻqilayotganda oʻzgardi; hech narsa biriktirilmadi. Faylga yozayotgan dasturni yoping va qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>Dalil fayliga nom berilishi kerak.</translation>
    </message>
    <message>
        <source>The project holds no content with SHA-256 {sha256}.</source>
        <translation>Loyihada SHA-256 qiymati {sha256} boʻlgan fayl mazmuni yoʻq.</translation>
    </message>
    <message>
        <source>The stored content {sha256}… is damaged ({stored:,} of {size:,} bytes in {count} chunks); run Evidence → Verify stored files and restore it from a backup.</source>
        <translation>Saqlangan mazmun {sha256}… shikastlangan ({count} ta boʻlakdagi {size:,} baytdan {stored:,} bayti mavjud); “Dalillar → Saqlangan fayllarni tekshirish” buyrugʻini ishga tushiring va uni zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <source>Chunk {seq} of the stored content {sha256}… is missing; someone may have deleted it while it was being read.</source>
        <translation>Saqlangan {sha256}… mazmunining {seq}-boʻlagi yetishmayapti; u oʻqilayotganda kimdir uni oʻchirib yuborgan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>The stored content {sha256}… is missing.</source>
        <translation>Saqlangan mazmun {sha256}… yetishmayapti.</translation>
    </message>
    <message>
        <source>Cannot save {name}: the folder {folder} does not exist.</source>
        <translation>{name} faylini saqlab boʻlmaydi: {folder} jildi mavjud emas.</translation>
    </message>
    <message>
        <source>Cannot save to {target}: it is a folder.</source>
        <translation>{target} manziliga saqlab boʻlmaydi: u jild.</translation>
    </message>
    <message>
        <source>Cannot save {name} in {folder}: {reason}.</source>
        <translation>{name} faylini {folder} jildiga saqlab boʻlmaydi: {reason}.</translation>
    </message>
    <message>
        <source>The stored content {sha256}… does not match its SHA-256; it is damaged. Run Evidence → Verify stored files and restore it from a backup.</source>
        <translation>Saqlangan mazmun {sha256}… oʻzining SHA-256 qiymatiga mos kelmaydi; u shikastlangan. “Dalillar → Saqlangan fayllarni tekshirish” buyrugʻini ishga tushiring va uni zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <source>{folder} leads to {target}, outside {root}; nothing is written through it.</source>
        <translation>{folder} {target} ga, yaʼni {root} dan tashqariga olib boradi; u orqali hech narsa yozilmaydi.</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>{folder} jildini yaratib boʻlmaydi: {reason}.</translation>
    </message>
    <message>
        <source>{number} KB</source>
        <translation>{number} KB</translation>
    </message>
    <message>
        <source>{number} MB</source>
        <translation>{number} MB</translation>
    </message>
    <message>
        <source>{number} GB</source>
        <translation>{number} GB</translation>
    </message>
    <message>
        <source>{number} TB</source>
        <translation>{number} TB</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} bayt</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>Attach evidence files</source>
        <translation>Dalil fayllarini biriktirish</translation>
    </message>
    <message>
        <source>Attaching %s</source>
        <translation>%s biriktirilmoqda</translation>
    </message>
    <message>
        <source>Attaching %s files</source>
        <translation>%s ta fayl biriktirilmoqda</translation>
    </message>
    <message>
        <source>Evidence not attached</source>
        <translation>Dalillar biriktirilmadi</translation>
    </message>
    <message>
        <source>Attach %s</source>
        <translation>Biriktirish: %s</translation>
    </message>
    <message>
        <source>Attach %s files</source>
        <translation>Biriktirish: %s ta fayl</translation>
    </message>
    <message>
        <source>Attached %s (%s).</source>
        <translation>Biriktirildi: %s (%s).</translation>
    </message>
    <message>
        <source>• %s is already in the project as “%s”; that file is linked.</source>
        <translation>• %s loyihada “%s” sifatida allaqachon bor; oʻsha fayl bogʻlandi.</translation>
    </message>
    <message>
        <source>Linked the file already in the project</source>
        <translation>Loyihadagi mavjud fayl bogʻlandi</translation>
    </message>
    <message>
        <source>The project already holds the same content, so no copy was added:
%s</source>
        <translation>Loyihada xuddi shunday mazmun bor, shuning uchun nusxa qoʻshilmadi:
%s</translation>
    </message>
    <message>
        <source>• %s is already attached as “%s”.</source>
        <translation>• %s allaqachon “%s” nomi bilan biriktirilgan.</translation>
    </message>
    <message>
        <source>Already attached</source>
        <translation>Allaqachon biriktirilgan</translation>
    </message>
    <message>
        <source>Not attached again:
%s</source>
        <translation>Qayta biriktirilmadi:
%s</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Joylashtirish uchun hech narsa yoʻq</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a screenshot or picture first.</source>
        <translation>Almashish buferida rasm yoʻq. Avval skrinshot yoki rasmdan nusxa oling.</translation>
    </message>
    <message>
        <source>Image not attached</source>
        <translation>Rasm biriktirilmadi</translation>
    </message>
    <message>
        <source>The image on the clipboard could not be turned into a PNG file.</source>
        <translation>Almashish buferidagi rasmni PNG fayliga aylantirib boʻlmadi.</translation>
    </message>
    <message>
        <source>Link %s</source>
        <translation>Bogʻlash: %s</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Dalil bogʻlanishini uzish</translation>
    </message>
    <message>
        <source>“%s” supports no other element.

Remove it from the project (%s), or keep it in the evidence library so it can be linked again later? Removing cannot be undone.</source>
        <translation>“%s” boshqa hech bir elementni tasdiqlamaydi.

Uni loyihadan olib tashlaysizmi (%s) yoki keyinroq qayta bogʻlash uchun dalillar kutubxonasida qoldirasizmi? Olib tashlashni bekor qilib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>Loyihadan olib tashlash</translation>
    </message>
    <message>
        <source>Keep in library</source>
        <translation>Kutubxonada qoldirish</translation>
    </message>
    <message>
        <source>Removed %s from the project.</source>
        <translation>%s loyihadan olib tashlandi.</translation>
    </message>
    <message>
        <source>Unlink %s</source>
        <translation>Bogʻlanishni uzish: %s</translation>
    </message>
    <message>
        <source>Edit details of %s</source>
        <translation>Tafsilotlarni tahrirlash: %s</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Faylni ochib boʻlmadi</translation>
    </message>
    <message>
        <source>No application is set up to open “%s”. A copy is at:
%s</source>
        <translation>“%s” faylini ochadigan dastur sozlanmagan. Uning nusxasi quyidagi joyda:
%s</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>Dalilni boshqa nom bilan saqlash</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>%s saqlandi.</translation>
    </message>
    <message>
        <source>Saving %s</source>
        <translation>%s saqlanmoqda</translation>
    </message>
    <message>
        <source>File not saved</source>
        <translation>Fayl saqlanmadi</translation>
    </message>
    <message>
        <source>Evidence not found</source>
        <translation>Dalil topilmadi</translation>
    </message>
    <message>
        <source>This file is no longer linked to the element; the list is now updated.</source>
        <translation>Bu fayl endi elementga bogʻlanmagan; roʻyxat yangilandi.</translation>
    </message>
    <message>
        <source>Evidence not changed</source>
        <translation>Dalil oʻzgartirilmadi</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Bekor qilindi; hech narsa oʻzgartirilmadi.</translation>
    </message>
</context>
<context>
    <name>EvidenceBinder</name>
    <message>
        <source>Evidence binder – %1 %2</source>
        <translation>Dalillar papkasi – %1 %2</translation>
    </message>
    <message>
        <source>Choose where to put the evidence binder</source>
        <translation>Dalillar papkasi qayerda yaratilishini tanlang</translation>
    </message>
    <message>
        <source>Exporting the evidence of %s</source>
        <translation>Dalillarni eksport qilish: %s</translation>
    </message>
    <message>
        <source>Evidence binder not written</source>
        <translation>Dalillar papkasi yozilmadi</translation>
    </message>
    <message>
        <source>Evidence binder cancelled</source>
        <translation>Dalillar papkasi bekor qilindi</translation>
    </message>
    <message>
        <source>Cancelled. The files written so far are in %s; it has no index.</source>
        <translation>Bekor qilindi. Yozib ulgurilgan fayllar %s da; unda roʻyxat yoʻq.</translation>
    </message>
    <message>
        <source>Files exported: %1 (%2), to %3. %4 lists every file, its element and SHA-256.</source>
        <translation>Eksport qilingan fayllar: %1 (%2), %3 ga. %4 da barcha fayllar, ularning elementlari va SHA-256 roʻyxati bor.</translation>
    </message>
    <message>
        <source>Not exported:</source>
        <translation>Eksport qilinmadi:</translation>
    </message>
    <message>
        <source>Evidence binder written</source>
        <translation>Dalillar papkasi yozildi</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Papkani ochish</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence details</source>
        <translation>Dalil tafsilotlari</translation>
    </message>
    <message>
        <source>What this file shows, for the surveyor</source>
        <translation>Bu fayl nimani koʻrsatadi (tekshiruvchi uchun)</translation>
    </message>
    <message>
        <source>Review or expiry date</source>
        <translation>Qayta koʻrib chiqish yoki amal qilish sanasi</translation>
    </message>
    <message>
        <source>%s, %s; added %s by %s</source>
        <translation>%s, %s; qoʻshilgan: %s (%s)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
</context>
<context>
    <name>EvidenceLibraryDialog</name>
    <message>
        <source>Link evidence to %s</source>
        <translation>Dalilni bogʻlash: %s</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>Dalillar kutubxonasi</translation>
    </message>
    <message>
        <source>Find in name and description</source>
        <translation>Nomi va tavsifidan qidirish</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>Review due within</source>
        <translation>Qayta koʻrib chiqishgacha</translation>
    </message>
    <message>
        <source> days</source>
        <translation> kun ichida</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Bogʻlanmagan</translation>
    </message>
    <message>
        <source>Files that support no element</source>
        <translation>Hech bir elementni tasdiqlamaydigan fayllar</translation>
    </message>
    <message>
        <source>Show in checklist</source>
        <translation>Nazorat roʻyxatida koʻrsatish</translation>
    </message>
    <message>
        <source>Elements this file supports</source>
        <translation>Bu fayl tasdiqlaydigan elementlar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Koʻrib chiqish</translation>
    </message>
    <message>
        <source>Link to element</source>
        <translation>Elementga bogʻlash</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>Open the file in its own program</source>
        <translation>Faylni oʻz dasturida ochish</translation>
    </message>
    <message>
        <source>Link to selected elements</source>
        <translation>Tanlangan elementlarga bogʻlash</translation>
    </message>
    <message>
        <source>Link the file to the elements selected in the checklist</source>
        <translation>Faylni nazorat roʻyxatida tanlangan elementlarga bogʻlash</translation>
    </message>
    <message>
        <source>Remove from project…</source>
        <translation>Loyihadan olib tashlash…</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Barcha turlar</translation>
    </message>
    <message>
        <source>Any image</source>
        <translation>Barcha rasmlar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln ta fayl</numerusform>
            <numerusform>%Ln ta fayl</numerusform>
        </translation>
    </message>
    <message>
        <source>It supports %s elements; they lose it too.</source>
        <translation>U %s ta elementni tasdiqlaydi; ular ham bu dalildan mahrum boʻladi.</translation>
    </message>
    <message>
        <source>It supports no element.</source>
        <translation>U hech bir elementni tasdiqlamaydi.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Dalilni olib tashlash</translation>
    </message>
    <message>
        <source>Remove “%s” (%s) from the project? %s This cannot be undone.</source>
        <translation>“%s” (%s) loyihadan olib tashlansinmi? %s Buni bekor qilib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation>Dalil olib tashlanmadi</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Faylni ochib boʻlmaydi</translation>
    </message>
    <message>
        <source>No application is set up to open “%s”. A copy is at:
%s</source>
        <translation>“%s” ni ochish uchun dastur sozlanmagan. Nusxasi shu yerda:
%s</translation>
    </message>
    <message>
        <source>Linked %s to the selected elements.</source>
        <translation>%s tanlangan elementlarga bogʻlandi.</translation>
    </message>
    <message>
        <source>In another assessment</source>
        <translation>Boshqa baholashda</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Koʻrib chiqish</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Qoʻshish…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A); you can also drop files here or on a row</source>
        <translation>Fayllarni biriktirish (Ctrl+Shift+A); fayllarni shu yerga yoki qatorga sudrab tashlashingiz ham mumkin</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Bogʻlash…</translation>
    </message>
    <message>
        <source>Link a file already in the project to this element (Ctrl+Shift+L)</source>
        <translation>Loyihadagi mavjud faylni ushbu elementga bogʻlash (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>Open a copy with the system&apos;s default application</source>
        <translation>Nusxasini tizimdagi asosiy dastur bilan ochish</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Yana</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Boshqa nom bilan saqlash…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Tafsilotlarni tahrirlash…</translation>
    </message>
    <message>
        <source>Unlink from this element</source>
        <translation>Ushbu element bilan bogʻlanishni uzish</translation>
    </message>
    <message>
        <source>Paste image as evidence</source>
        <translation>Rasmni dalil sifatida joylashtirish</translation>
    </message>
    <message>
        <source>Past its review date</source>
        <translation>Qayta koʻrib chiqish sanasi oʻtgan</translation>
    </message>
    <message>
        <source>Evidence (%s)</source>
        <translation>Dalillar (%s)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dalillar</translation>
    </message>
    <message>
        <source>%s, %s</source>
        <translation>%s, %s</translation>
    </message>
    <message>
        <source>Added %s by %s</source>
        <translation>Qoʻshilgan: %s (%s)</translation>
    </message>
    <message>
        <source>Review by %s</source>
        <translation>Qayta koʻrib chiqish muddati: %s</translation>
    </message>
    <message>
        <source>Supports %s elements</source>
        <translation>%s ta elementni tasdiqlaydi</translation>
    </message>
</context>
<context>
    <name>EvidenceMenuActions</name>
    <message>
        <source>&amp;Attach files to selection…</source>
        <translation>Tanlanganlarga fayl &amp;biriktirish…</translation>
    </message>
    <message>
        <source>&amp;Paste image as evidence</source>
        <translation>Rasmni dalil sifatida &amp;qoʻyish</translation>
    </message>
    <message>
        <source>&amp;Link existing evidence…</source>
        <translation>&amp;Mavjud dalilni bogʻlash…</translation>
    </message>
    <message>
        <source>Evidence &amp;library…</source>
        <translation>Dalillar &amp;kutubxonasi…</translation>
    </message>
    <message>
        <source>E&amp;xport evidence binder…</source>
        <translation>Dalillar papkasini e&amp;ksport qilish…</translation>
    </message>
    <message>
        <source>Write the assessment&apos;s evidence into a folder per chapter and element, with an index workbook of every file, its element and SHA-256</source>
        <translation>Baholash dalillarini boblar va elementlar boʻyicha papkalarga yozish, barcha fayllar, ularning elementlari va SHA-256 roʻyxati kitobi bilan</translation>
    </message>
    <message>
        <source>&amp;Verify stored files…</source>
        <translation>Saqlangan fayllarni &amp;tekshirish…</translation>
    </message>
    <message>
        <source>No element selected</source>
        <translation>Element tanlanmagan</translation>
    </message>
    <message>
        <source>Select the elements in the checklist first, then link the file.</source>
        <translation>Avval nazorat roʻyxatida elementlarni tanlang, soʻng faylni bogʻlang.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <source>Choose a file to see it here.</source>
        <translation>Bu yerda koʻrish uchun faylni tanlang.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Open shows it in its own program.</source>
        <translation>Bunday fayl uchun koʻrib chiqish yoʻq. “Ochish” uni oʻz dasturida koʻrsatadi.</translation>
    </message>
    <message>
        <source>%s is too large to preview (%s). Open shows it in its own program.</source>
        <translation>%s koʻrib chiqish uchun juda katta (%s). “Ochish” uni oʻz dasturida koʻrsatadi.</translation>
    </message>
    <message>
        <source>This computer has no PDF renderer for a preview (Qt&apos;s PDF module or pdftoppm). Open shows the document in its own program.</source>
        <translation>Bu kompyuterda PDF koʻrsatish vositasi yoʻq (Qt PDF moduli yoki pdftoppm). “Ochish” hujjatni oʻz dasturida koʻrsatadi.</translation>
    </message>
    <message>
        <source>%s cannot be shown: it is not a picture this program can read.</source>
        <translation>%s ni koʻrsatib boʻlmaydi: dastur bu rasmni oʻqiy olmaydi.</translation>
    </message>
</context>
<context>
    <name>FacilityPage</name>
    <message>
        <source>Your facility</source>
        <translation>Muassasangiz</translation>
    </message>
    <message>
        <source>The facility&apos;s name heads every report. The project is one file that keeps the standards, the assessments and their evidence.</source>
        <translation>Muassasa nomi har bir hisobot boshida turadi. Loyiha — standartlar, baholashlar va ularning dalillari saqlanadigan bitta fayl.</translation>
    </message>
    <message>
        <source>Create the project</source>
        <translation>Loyihani yaratish</translation>
    </message>
    <message>
        <source>e.g. City Hospital No. 1</source>
        <translation>masalan, 1-son shahar shifoxonasi</translation>
    </message>
    <message>
        <source>Where the project file is kept</source>
        <translation>Loyiha fayli qayerda saqlanadi</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <source>&amp;Facility name:</source>
        <translation>&amp;Muassasa nomi:</translation>
    </message>
    <message>
        <source>Project &amp;file:</source>
        <translation>Loyiha &amp;fayli:</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Akkreditatsiya</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s)</source>
        <translation>Accredit Tracker loyihalari (*%s)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Yangi loyiha</translation>
    </message>
    <message>
        <source>%s already exists. Choose another file name, or open it with Open project.</source>
        <translation>%s allaqachon mavjud. Boshqa fayl nomini tanlang yoki uni «Loyihani ochish» orqali oching.</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Loyihani yaratib boʻlmadi</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Izohlar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dalillar</translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <source>PDF document</source>
        <translation>PDF hujjat</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word hujjat</translation>
    </message>
    <message>
        <source>Text document</source>
        <translation>Matnli hujjat</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel kitobi</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Elektron jadval</translation>
    </message>
    <message>
        <source>PowerPoint slides</source>
        <translation>PowerPoint slaydlari</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP arxiv</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Matn</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV jadval</translation>
    </message>
    <message>
        <source>%s image</source>
        <translation>%s rasm</translation>
    </message>
    <message>
        <source>%s video</source>
        <translation>%s video</translation>
    </message>
    <message>
        <source>Other file (%s)</source>
        <translation>Boshqa fayl (%s)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in code, text and notes (Ctrl+F)</source>
        <translation>Kod, matn va izohlardan qidirish (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Barcha natijalar</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Barcha holatlar</translation>
    </message>
    <message>
        <source>Any evidence</source>
        <translation>Barcha dalillar</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Dalilsiz</translation>
    </message>
    <message>
        <source>Expired evidence</source>
        <translation>Muddati oʻtgan dalil</translation>
    </message>
    <message>
        <source>Elements with an evidence file past its review date</source>
        <translation>Qayta koʻrib chiqish sanasi oʻtgan dalil fayli bor elementlar</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Istalgan tekshiruv holati</translation>
    </message>
    <message>
        <source>Carried, not yet reviewed</source>
        <translation>Koʻchirilgan, tekshirilmagan</translation>
    </message>
    <message>
        <source>Has suggestions</source>
        <translation>Takliflari bor</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Muddati oʻtgan chora-tadbirlar</translation>
    </message>
    <message>
        <source>Elements served by a corrective action past its due date and not done</source>
        <translation>Muddati oʻtgan va bajarilmagan tuzatuvchi chora-tadbirli elementlar</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Barcha masʼullar</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Masʼulsiz</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>Istalgan atribut</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>%s of %s</source>
        <translation>%s (jami %s)</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Record finding</source>
        <translation>Topilmani qayd etish</translation>
    </message>
    <message>
        <source>What was seen, heard or read</source>
        <translation>Nima koʻrildi, eshitildi yoki oʻqildi</translation>
    </message>
    <message>
        <source>e.g. Ward 3 treatment room</source>
        <translation>masalan, 3-boʻlim muolaja xonasi</translation>
    </message>
    <message>
        <source>Element codes, separated by &apos;;&apos;</source>
        <translation>Element kodlari, &apos;;&apos; bilan ajratilgan</translation>
    </message>
    <message>
        <source>Add photos or documents…</source>
        <translation>Foto yoki hujjat qoʻshish…</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Topilma</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Qayerda</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elementlar</translation>
    </message>
    <message>
        <source>Observed compliance</source>
        <translation>Kuzatilgan muvofiqlik</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Tarqalganlik × taʼsir</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dalillar</translation>
    </message>
    <message>
        <source>This assessment has no measurable element &apos;%s&apos;.</source>
        <translation>Bu baholashda &apos;%s&apos; oʻlchanadigan element yoʻq.</translation>
    </message>
    <message>
        <source>Earlier, in %1: %2</source>
        <translation>Avval, «%1»da: %2</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>Foto yoki hujjat qoʻshish</translation>
    </message>
    <message>
        <source>Finding not saved</source>
        <translation>Topilma saqlanmadi</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Finding</source>
        <translation>Topilma</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elementlar</translation>
    </message>
    <message>
        <source>Observed compliance</source>
        <translation>Kuzatilgan muvofiqlik</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Jiddiylik</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Qayerda</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Qabul qilingan</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Takror</translation>
    </message>
</context>
<context>
    <name>FirstAssessmentPage</name>
    <message>
        <source>First assessment</source>
        <translation>Birinchi baholash</translation>
    </message>
    <message>
        <source>An assessment is one pass over every measurable element: a self-assessment, a mock survey, the official survey.</source>
        <translation>Baholash — barcha oʻlchanadigan elementlardan bir marta oʻtish: oʻz-oʻzini baholash, sinov tekshiruvi, rasmiy tekshiruv.</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Nazorat roʻyxatini boshlash</translation>
    </message>
    <message>
        <source>Self-assessment %s</source>
        <translation>Oʻz-oʻzini baholash %s</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Oʻz-oʻzini baholash</translation>
    </message>
    <message>
        <source>Mock survey</source>
        <translation>Sinov tekshiruvi</translation>
    </message>
    <message>
        <source>Official survey</source>
        <translation>Rasmiy tekshiruv</translation>
    </message>
    <message>
        <source>Follow-up survey</source>
        <translation>Takroriy tekshiruv</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Turi:</translation>
    </message>
    <message>
        <source>Read “%1”: %2, %3, %4.</source>
        <translation>«%1» oʻqildi: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chapter(s)</source>
        <translation>
            <numerusform>%Ln ta bob</numerusform>
            <numerusform>%Ln ta bob</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standard(s)</source>
        <translation>
            <numerusform>%Ln ta standart</numerusform>
            <numerusform>%Ln ta standart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measurable element(s)</source>
        <translation>
            <numerusform>%Ln ta oʻlchanadigan element</numerusform>
            <numerusform>%Ln ta oʻlchanadigan element</numerusform>
        </translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Yangi baholash</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura tugmalari</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Foydalanuvchi qoʻllanmasi</translation>
    </message>
    <message>
        <source>&amp;About Accredit Tracker</source>
        <translation>Accredit Tracker &amp;haqida</translation>
    </message>
    <message>
        <source>About Accredit Tracker</source>
        <translation>Accredit Tracker haqida</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Accredit Tracker %s&lt;/h3&gt;&lt;p&gt;Tracks a hospital&apos;s readiness for accreditation: the measurable elements of the standards, their results, owners and evidence, and the audit report.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Accredit Tracker %s&lt;/h3&gt;&lt;p&gt;Shifoxonaning akkreditatsiyaga tayyorgarligini kuzatib boradi: standartlarning oʻlchanadigan elementlari, ularning natijalari, masʼullari va dalillari hamda audit hisoboti.&lt;/p&gt;&lt;p&gt;MIT litsenziyasi asosidagi erkin dasturiy taʼminot.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>fully met (dark) and assessed (light) of %s applicable</source>
        <translation>%s ta taalluqli elementdan: toʻliq bajarilgan (toʻq) va baholangan (och)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>part {member} is not valid XML: {error}</source>
        <translation>{member} qismi yaroqli XML emas: {error}</translation>
    </message>
    <message>
        <source>its ZIP container is cut short or corrupt</source>
        <translation>ZIP konteyneri toʻliq emas yoki buzilgan</translation>
    </message>
    <message>
        <source>its ZIP container is corrupt: {error}</source>
        <translation>ZIP konteyneri buzilgan: {error}</translation>
    </message>
    <message>
        <source>an empty ZIP archive</source>
        <translation>boʻsh ZIP arxiv</translation>
    </message>
    <message>
        <source>The file unpacks to {size}, more than the {limit} allowed; it was refused for safety.</source>
        <translation>Fayl ochilganda hajmi {size} boʻladi, bu ruxsat etilgan hajmdan ({limit}) katta; xavfsizlik uchun fayl qabul qilinmadi.</translation>
    </message>
    <message>
        <source>The file unpacks to {total}: its part {member} grows from {packed} to {unpacked} ({ratio:,}:1), far more than any spreadsheet; it was refused for safety.</source>
        <translation>Fayl ochilganda hajmi {total} boʻladi: uning {member} qismi {packed} hajmdan {unpacked} hajmgacha kattalashadi ({ratio:,}:1), bu har qanday elektron jadvaldan ancha koʻp; xavfsizlik uchun fayl qabul qilinmadi.</translation>
    </message>
    <message>
        <source>its XML is broken: {error}</source>
        <translation>XML tuzilmasi buzilgan: {error}</translation>
    </message>
    <message>
        <source>part {member} cannot be unpacked: {error}</source>
        <translation>{member} qismini arxivdan chiqarib boʻlmaydi: {error}</translation>
    </message>
    <message>
        <source>a merged cell in {member} is malformed: {error}</source>
        <translation>{member} ichidagi birlashtirilgan katak notoʻgʻri yozilgan: {error}</translation>
    </message>
    <message>
        <source>The file contains XML entity declarations (in member {member}), which spreadsheet files never need; it was refused for safety.</source>
        <translation>Faylda XML obyekt (entity) eʼlonlari bor ({member} qismida), elektron jadval fayllariga ular hech qachon kerak boʻlmaydi; xavfsizlik uchun fayl qabul qilinmadi.</translation>
    </message>
    <message>
        <source>The file has an XML preamble longer than {size} (in member {member}), which spreadsheet files never have; it was refused for safety.</source>
        <translation>Fayldagi XML prologi {size} hajmdan uzun ({member} qismida), elektron jadval fayllarida bunday boʻlmaydi; xavfsizlik uchun fayl qabul qilinmadi.</translation>
    </message>
    <message>
        <source>{size:,.0f} MB</source>
        <translation>{size:,.0f} MB</translation>
    </message>
    <message>
        <source>{size:,.0f} KB</source>
        <translation>{size:,.0f} KB</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} bayt</translation>
    </message>
    <message>
        <source>The file cannot be opened ({reason}); close it in any program that has it open and check that you may read it.</source>
        <translation>Faylni ochib boʻlmaydi ({reason}). Uni ochib turgan barcha dasturlarda yoping va faylni oʻqishga ruxsatingiz borligini tekshiring.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be read ({reason}).</source>
        <translation>Fayl shikastlangan yoki toʻliq emas, uni oʻqib boʻlmaydi ({reason}).</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation>Fayl elektron jadval emas (.xlsx, .xlsm, .xls, .ods yoki .csv kutilgan edi).</translation>
    </message>
    <message>
        <source>The file is {what}, not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation>Fayl — {what}, elektron jadval emas (.xlsx, .xlsm, .xls, .ods yoki .csv kutilgan edi).</translation>
    </message>
    <message>
        <source>The file is protected with a password; remove the password in Excel (File → Info → Protect Workbook) and save it again.</source>
        <translation>Fayl parol bilan himoyalangan. Excel dasturida parolni olib tashlang (File → Info → Protect Workbook) va faylni qayta saqlang.</translation>
    </message>
    <message>
        <source>The row cannot be read as tab-separated text ({reason}).</source>
        <translation>Qatorni tabulyatsiya bilan ajratilgan matn sifatida oʻqib boʻlmaydi ({reason}).</translation>
    </message>
    <message>
        <source>The row cannot be read as semicolon-separated text ({reason}).</source>
        <translation>Qatorni nuqtali vergul bilan ajratilgan matn sifatida oʻqib boʻlmaydi ({reason}).</translation>
    </message>
    <message>
        <source>The row cannot be read as comma-separated text ({reason}).</source>
        <translation>Qatorni vergul bilan ajratilgan matn sifatida oʻqib boʻlmaydi ({reason}).</translation>
    </message>
    <message>
        <source>The file is not a text file; expected a CSV file saved as text.</source>
        <translation>Fayl matnli fayl emas; matn sifatida saqlangan CSV fayl kutilgan edi.</translation>
    </message>
    <message>
        <source>The file is a web page (HTML) with a spreadsheet name, not a real spreadsheet; open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>Fayl elektron jadval nomi berilgan veb-sahifa (HTML), haqiqiy elektron jadval emas; uni Excel dasturida oching va Excel kitobi (.xlsx) sifatida saqlang.</translation>
    </message>
    <message>
        <source>The file is an XML document (perhaps an Excel 2003 XML spreadsheet), not a supported spreadsheet; open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>Fayl XML hujjat (ehtimol, Excel 2003 XML jadvali), qoʻllab-quvvatlanadigan elektron jadval emas; uni Excel dasturida oching va Excel kitobi (.xlsx) sifatida saqlang.</translation>
    </message>
    <message>
        <source>The file is empty: it has only blank space.</source>
        <translation>Fayl boʻsh: unda faqat boʻsh joy belgilari bor.</translation>
    </message>
    <message>
        <source>The text is not valid {encoding} ({reason}).</source>
        <translation>Matn {encoding} kodlashiga mos emas ({reason}).</translation>
    </message>
    <message>
        <source>A cell is longer than {length:,} characters; Excel allows at most {limit:,}.</source>
        <translation>Katak {length:,} belgidan uzun; Excel koʻpi bilan {limit:,} belgiga ruxsat beradi.</translation>
    </message>
    <message>
        <source>The row cannot be read as {delimiter}-separated text ({reason}).</source>
        <translation>Qatorni «{delimiter}» bilan ajratilgan matn sifatida oʻqib boʻlmaydi ({reason}).</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>Excel kitobi (.xlsx)</translation>
    </message>
    <message>
        <source>an Excel macro-enabled workbook (.xlsm)</source>
        <translation>makrosli Excel kitobi (.xlsm)</translation>
    </message>
    <message>
        <source>an Excel binary workbook (.xlsb)</source>
        <translation>ikkilik Excel kitobi (.xlsb)</translation>
    </message>
    <message>
        <source>an Excel 97–2003 workbook (.xls)</source>
        <translation>Excel 97–2003 kitobi (.xls)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>OpenDocument elektron jadvali (.ods)</translation>
    </message>
    <message>
        <source>a text (CSV) file</source>
        <translation>matnli (CSV) fayl</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>Word hujjati</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint taqdimoti</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Fayl mavjud emas.</translation>
    </message>
    <message>
        <source>This is a folder, not a spreadsheet file.</source>
        <translation>Bu elektron jadval fayli emas, papka.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Fayl boʻsh (0 bayt).</translation>
    </message>
    <message>
        <source>an OpenDocument {kind} file</source>
        <translation>OpenDocument {kind} fayli</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP arxiv</translation>
    </message>
    <message>
        <source>an Office file of another kind</source>
        <translation>boshqa turdagi Office fayli</translation>
    </message>
    <message>
        <source>The file is {kind} although its name ends in {suffix}; it was read as {read_as}.</source>
        <translation>Fayl nomi {suffix} bilan tugaydi, lekin u aslida {kind}; u {read_as} sifatida oʻqildi.</translation>
    </message>
    <message>
        <source>The file is {kind} although its name has no extension; it was read as {read_as}.</source>
        <translation>Fayl nomida kengaytma yoʻq, u aslida {kind}; u {read_as} sifatida oʻqildi.</translation>
    </message>
    <message>
        <source>an element with no number is numbered by its place in its standard</source>
        <translation>raqamsiz element standartdagi oʻrni boʻyicha raqamlanadi</translation>
    </message>
    <message>
        <source>the measurable element has no text.</source>
        <translation>oʻlchanadigan elementda matn yoʻq.</translation>
    </message>
    <message>
        <source>this measurable element has no standard above it or on its row.</source>
        <translation>bu oʻlchanadigan elementning tepasida ham, oʻz qatorida ham standart yoʻq.</translation>
    </message>
    <message>
        <source>duplicate measurable element {code} (first on row {first}).</source>
        <translation>takroriy oʻlchanadigan element {code} (birinchisi {first}-qatorda).</translation>
    </message>
    <message>
        <source>chapter {code} has a different title than on row {first} (&apos;{title}&apos;).</source>
        <translation>{code} bobining sarlavhasi {first}-qatordagidan farq qiladi («{title}»).</translation>
    </message>
    <message>
        <source>standard {code} has no chapter above it or on its row.</source>
        <translation>{code} standartining tepasida ham, oʻz qatorida ham bob yoʻq.</translation>
    </message>
    <message>
        <source>standard {code} is under chapter {chapter} here but under {first_chapter} on row {first}; standard codes must be unique.</source>
        <translation>{code} standarti bu yerda {chapter} bobi ostida, {first}-qatorda esa {first_chapter} bobi ostida; standart kodlari takrorlanmasligi kerak.</translation>
    </message>
    <message>
        <source>standard {code} has a different text than on row {first}.</source>
        <translation>{code} standartining matni {first}-qatordagidan farq qiladi.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not COLUMN=FIELD (for example D=standard_code).</source>
        <translation>«{item}» COLUMN=FIELD koʻrinishida emas (masalan, D=standard_code).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field; the fields are: {fields}.</source>
        <translation>«{name}» maydon emas; mavjud maydonlar: {fields}.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not COLUMN=TEXT (for example D=Requirement:).</source>
        <translation>«{item}» USTUN=MATN koʻrinishida emas (masalan, D=Requirement:).</translation>
    </message>
    <message>
        <source>the --map fields mix the flat and the outline layout; use one of them.</source>
        <translation>--map maydonlarida tekis va ierarxik tuzilish aralashib ketgan; ulardan faqat bittasini ishlating.</translation>
    </message>
    <message>
        <source>no header row was found in the first {rows} rows with the headers named in --map ({named}); expected column headers such as &apos;{first}&apos; and &apos;{second}&apos;. Name the columns with --map COLUMN=FIELD if the headers differ.</source>
        <translation>dastlabki {rows} qatorda --map da koʻrsatilgan sarlavhalarga ({named}) ega sarlavha qatori topilmadi; «{first}» va «{second}» kabi ustun sarlavhalari kutilgan edi. Sarlavhalar boshqacha boʻlsa, ustunlarni --map COLUMN=FIELD bilan belgilang.</translation>
    </message>
    <message>
        <source>no header row was found in the first {rows} rows; expected column headers such as &apos;{first}&apos; and &apos;{second}&apos;. Name the columns with --map COLUMN=FIELD if the headers differ.</source>
        <translation>dastlabki {rows} qatorda sarlavha qatori topilmadi; «{first}» va «{second}» kabi ustun sarlavhalari kutilgan edi. Sarlavhalar boshqacha boʻlsa, ustunlarni --map COLUMN=FIELD bilan belgilang.</translation>
    </message>
    <message>
        <source>no column for &apos;{field}&apos; in the header row; expected a header such as {examples}, or name the column with --map COLUMN={name}.</source>
        <translation>sarlavha qatorida «{field}» uchun ustun yoʻq; {examples} kabi sarlavha kutilgan edi, yoki ustunni --map COLUMN={name} bilan belgilang.</translation>
    </message>
    <message>
        <source>a chapter with no code is numbered by its place among the chapters</source>
        <translation>kodsiz bob boblar orasidagi oʻrni boʻyicha raqamlanadi</translation>
    </message>
    <message>
        <source>a standard with no code takes its chapter&apos;s code and its place in the chapter</source>
        <translation>kodsiz standart oʻz bobining kodi va bobdagi oʻrnini oladi</translation>
    </message>
    <message>
        <source>an element with no code takes its standard&apos;s code, “ME” and its place in it</source>
        <translation>kodsiz element oʻz standartining kodi, «ME» va undagi oʻrnini oladi</translation>
    </message>
    <message>
        <source>duplicate code {code} (first on row {first}).</source>
        <translation>takroriy kod {code} (birinchisi {first}-qatorda).</translation>
    </message>
    <message>
        <source>the first row of the outline needs a code.</source>
        <translation>ierarxiyaning birinchi qatorida kod boʻlishi kerak.</translation>
    </message>
    <message>
        <source>expected yes/no (or x / empty), found &apos;{text}&apos;.</source>
        <translation>ha/yoʻq (yoki x / boʻsh) kutilgan edi, «{text}» topildi.</translation>
    </message>
    <message>
        <source>expected a level of 1 or more, found &apos;{text}&apos;.</source>
        <translation>1 yoki undan katta daraja kutilgan edi, «{text}» topildi.</translation>
    </message>
    <message>
        <source>level {depth} follows level {above}; expected at most {deepest}.</source>
        <translation>{depth}-daraja {above}-darajadan keyin keladi; koʻpi bilan {deepest}-daraja kutilgan edi.</translation>
    </message>
    <message>
        <source>level {depth} is deeper than the {most} levels read.</source>
        <translation>{depth}-daraja oʻqiladigan {most} darajadan chuqurroq.</translation>
    </message>
    <message>
        <source>the chapter has nothing assessable, so its text is not imported.</source>
        <translation>bobda baholanadigan hech narsa yoʻq, shuning uchun uning matni import qilinmaydi.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <source>the row has no code, so it is cited as {code}: {rule}.</source>
        <translation>qatorda kod yoʻq, shuning uchun u {code} deb belgilandi: {rule}.</translation>
    </message>
    <message>
        <source>expected a number of 0 or more, found &apos;{text}&apos;.</source>
        <translation>0 yoki undan katta son kutilgan edi, «{text}» topildi.</translation>
    </message>
    <message>
        <source>column {column} is not imported; to keep it with each element, read it as “Kept as an attribute” (on the command line: --map {letter}=attribute).</source>
        <translation>{column} ustuni import qilinmaydi; uni har bir element bilan saqlash uchun «Atribut sifatida saqlash»ni tanlang (buyruq satrida: --map {letter}=attribute).</translation>
    </message>
    <message>
        <source>{count:,} codes in all were made so: {rule}.</source>
        <translation>jami shu tarzda yaratilgan kodlar: {count:,} ({rule}).</translation>
    </message>
    <message>
        <source>all {count:,} cells of this column start with “{prefix}”; remove it with --strip-prefix &quot;{letter}={prefix}&quot;.</source>
        <translation>bu ustunning barcha kataklari ({count:,}) «{prefix}» bilan boshlanadi; uni --strip-prefix &quot;{letter}={prefix}&quot; bilan olib tashlang.</translation>
    </message>
    <message>
        <source>no measurable elements were found below the header row {row}.</source>
        <translation>{row}-qatordagi sarlavhadan pastda oʻlchanadigan elementlar topilmadi.</translation>
    </message>
    <message>
        <source>The sheet has 1 merged cell range (first {span}); each was read as if its value filled every cell.</source>
        <translation>Varaqda 1 ta birlashtirilgan kataklar oraligʻi bor ({span}); uning qiymati oraliqdagi har bir katakka yozilgandek oʻqildi.</translation>
    </message>
    <message>
        <source>The sheet has merged cell ranges ({count:,} in all, first {span}); each was read as if its value filled every cell.</source>
        <translation>Varaqda birlashtirilgan kataklar oraliqlari bor (jami {count:,} ta, birinchisi {span}); har bir oraliqning qiymati undagi har bir katakka yozilgandek oʻqildi.</translation>
    </message>
    <message>
        <source>The cell text is {length:,} characters long; Excel allows at most {limit:,}, so the file is damaged or was not made by a spreadsheet program.</source>
        <translation>Katak matni {length:,} belgidan iborat; Excel koʻpi bilan {limit:,} belgiga ruxsat beradi, demak fayl shikastlangan yoki elektron jadval dasturida yaratilmagan.</translation>
    </message>
    <message>
        <source>The file has no sheet named &apos;{name}&apos;; its sheets are: {listed}.</source>
        <translation>Faylda «{name}» nomli varaq yoʻq; undagi varaqlar: {listed}.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Varaq boʻsh.</translation>
    </message>
    <message>
        <source>The file has no data in any sheet.</source>
        <translation>Faylning hech bir varagʻida maʼlumot yoʻq.</translation>
    </message>
    <message>
        <source>a Microsoft Office file of another kind (such as a Word .doc)</source>
        <translation>boshqa turdagi Microsoft Office fayli (masalan, Word .doc)</translation>
    </message>
    <message>
        <source>a part cannot be unpacked: {error}</source>
        <translation>qismlardan birini arxivdan chiqarib boʻlmaydi: {error}</translation>
    </message>
    <message>
        <source>The cell has a formula with no saved value; open the file in Excel or LibreOffice, save it, and import again.</source>
        <translation>Katakda saqlangan qiymati yoʻq formula bor; faylni Excel yoki LibreOffice dasturida oching, saqlang va qayta import qiling.</translation>
    </message>
    <message>
        <source>{count:,} more cells have formulas with no saved value.</source>
        <translation>Yana {count:,} ta katakda saqlangan qiymati yoʻq formula bor.</translation>
    </message>
    <message>
        <source>The sheet has 1 formula cell; its saved value was used (at {first}).</source>
        <translation>Varaqda 1 ta formulali katak bor; uning saqlangan qiymati ishlatildi ({first}).</translation>
    </message>
    <message>
        <source>The sheet has formula cells ({count:,} in all); their saved values were used (first at {first}).</source>
        <translation>Varaqda formulali kataklar bor (jami {count:,} ta); ularning saqlangan qiymatlari ishlatildi (birinchisi: {first}).</translation>
    </message>
    <message>
        <source>The program that wrote the file asked for them to be recalculated, so they may be out of date; open and save the file in Excel to be sure.</source>
        <translation>Faylni yozgan dastur ularni qayta hisoblashni soʻragan, shuning uchun ular eskirgan boʻlishi mumkin; ishonch hosil qilish uchun faylni Excel dasturida oching va saqlang.</translation>
    </message>
    <message>
        <source>none of the sheets has the header row of a standards list in its first {rows} rows; its sheets are: {sheets}. Name the sheet to read with --sheet NAME.</source>
        <translation>hech bir varaqning dastlabki {rows} qatorida standartlar roʻyxatining sarlavha qatori yoʻq; fayl varaqlari: {sheets}. Oʻqiladigan varaqni --sheet NOMI bilan koʻrsating.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” is read: its row {row} has the headers of a standards list ({headers}); the other sheets ({others}) have none that fit as well.</source>
        <translation>«{sheet}» varagʻi oʻqiladi: uning {row}-qatorida standartlar roʻyxatining sarlavhalari bor ({headers}); boshqa varaqlarda ({others}) bunchalik mos sarlavhalar yoʻq.</translation>
    </message>
    <message>
        <source>The file is larger than {limit}, the most a standards library may have; it was refused for safety.</source>
        <translation>Fayl {limit} dan katta — bu standartlar kutubxonasi uchun chegara; u xavfsizlik uchun rad etildi.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>{line}-qator, {column}-ustun</translation>
    </message>
    <message>
        <source>The file is not valid YAML ({where}: {problem}).</source>
        <translation>Fayl toʻgʻri YAML emas ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The file is not valid YAML ({problem}).</source>
        <translation>Fayl toʻgʻri YAML emas ({problem}).</translation>
    </message>
    <message>
        <source>The file has a YAML alias that contains itself, which a standards library never needs; it was refused for safety.</source>
        <translation>Faylda oʻzini oʻzi oʻz ichiga olgan YAML taxallusi bor; standartlar kutubxonasiga bu hech qachon kerak emas, fayl xavfsizlik uchun rad etildi.</translation>
    </message>
    <message>
        <source>The file uses YAML aliases (*name) {count:,} times, growing from {items:,} to {expanded:,} items; a standards library needs at most {limit} and must not grow. It was refused for safety.</source>
        <translation>Fayl YAML taxalluslaridan (*nom) {count:,} marta foydalanadi va {items:,} tadan {expanded:,} ta elementgacha kattalashadi; standartlar kutubxonasiga koʻpi bilan {limit} ta kerak va u kattalashmasligi kerak. Fayl xavfsizlik uchun rad etildi.</translation>
    </message>
    <message>
        <source>requirement node {number} is not a mapping of keys.</source>
        <translation>{number}-talab tuguni kalitlar toʻplami emas.</translation>
    </message>
    <message>
        <source>the parent_urn chain of {urn} comes back to itself.</source>
        <translation>{urn} tugunining parent_urn zanjiri oʻziga qaytadi.</translation>
    </message>
    <message>
        <source>parent_urn {urn} is not the urn of another requirement node.</source>
        <translation>parent_urn {urn} boshqa talab tugunining urn emas.</translation>
    </message>
    <message>
        <source>The file is YAML but not a framework library: it has no objects → framework → requirement_nodes list.</source>
        <translation>Fayl YAML formatida, lekin talablar kutubxonasi emas: unda objects → framework → requirement_nodes roʻyxati yoʻq.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import standards…</source>
        <translation>Standartlarni &amp;import qilish…</translation>
    </message>
    <message>
        <source>&amp;Take back results from a report…</source>
        <translation>&amp;Hisobotdan natijalarni qaytarib olish…</translation>
    </message>
    <message>
        <source>Standards imported</source>
        <translation>Standartlar import qilindi</translation>
    </message>
    <message>
        <source>The library “%1” is now in the project: %2, %3, %4.

Start an assessment against it now?</source>
        <translation>«%1» kutubxonasi endi loyihada: %2, %3, %4.

Unga koʻra baholashni hozir boshlaysizmi?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chapter(s)</source>
        <translation>
            <numerusform>%Ln ta bob</numerusform>
            <numerusform>%Ln ta bob</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standard(s)</source>
        <translation>
            <numerusform>%Ln ta standart</numerusform>
            <numerusform>%Ln ta standart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measurable element(s)</source>
        <translation>
            <numerusform>%Ln ta oʻlchanadigan element</numerusform>
            <numerusform>%Ln ta oʻlchanadigan element</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import standards — %s</source>
        <translation>Standartlarni import qilish — %s</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Fayl oʻqilmoqda…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Avtomatik aniqlash</translation>
    </message>
    <message>
        <source>Flat: one row per measurable element</source>
        <translation>Tekis: har bir oʻlchanadigan element uchun bitta qator</translation>
    </message>
    <message>
        <source>Outline: chapters, standards and elements by level</source>
        <translation>Ierarxik: boblar, standartlar va elementlar darajalar boʻyicha</translation>
    </message>
    <message>
        <source>for example 8th edition</source>
        <translation>masalan, 8-nashr</translation>
    </message>
    <message>
        <source>for example Joint Commission Intl.</source>
        <translation>masalan, Joint Commission Intl.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Varaq:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Tuzilish:</translation>
    </message>
    <message>
        <source>Library &amp;name:</source>
        <translation>&amp;Kutubxona nomi:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Nashr:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>Nashri&amp;yot:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Tek&amp;shirish</translation>
    </message>
    <message>
        <source>Read the whole file and list anything wrong in it</source>
        <translation>Butun faylni oʻqib, undagi barcha muammolarni roʻyxat qilib koʻrsatish</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import qilish</translation>
    </message>
    <message>
        <source>Add the checked standards to the project</source>
        <translation>Belgilangan standartlarni loyihaga qoʻshish</translation>
    </message>
    <message>
        <source>Reading %s</source>
        <translation>%s oʻqilmoqda</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Faylni oʻqib boʻlmaydi</translation>
    </message>
    <message>
        <source>Reading the sheet was cancelled.</source>
        <translation>Varaqni oʻqish bekor qilindi.</translation>
    </message>
    <message>
        <source>This sheet cannot be read; nothing was imported. Choose another sheet.</source>
        <translation>Bu varaqni oʻqib boʻlmaydi; hech narsa import qilinmadi. Boshqa varaqni tanlang.</translation>
    </message>
    <message>
        <source>This file cannot be read; nothing was imported. Fix the file, or choose another one.</source>
        <translation>Bu faylni oʻqib boʻlmaydi; hech narsa import qilinmadi. Faylni tuzating yoki boshqa fayl tanlang.</translation>
    </message>
    <message>
        <source>No header row was found in the first %s rows of this sheet; nothing was imported. Choose another sheet, or add a row of column headers to the file.</source>
        <translation>Bu varaqning dastlabki %s qatorida sarlavha qatori topilmadi; hech narsa import qilinmadi. Boshqa varaqni tanlang yoki faylga ustun sarlavhalari qatorini qoʻshing.</translation>
    </message>
    <message>
        <source>Checking %s</source>
        <translation>%s tekshirilmoqda</translation>
    </message>
    <message>
        <source>Checking the file failed</source>
        <translation>Faylni tekshirib boʻlmadi</translation>
    </message>
    <message>
        <source>Checking was cancelled; nothing was imported.</source>
        <translation>Tekshirish bekor qilindi; hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>Nothing was imported. To import the file beside the library of the same name, give it another name, or import it again as a new edition.</source>
        <translation>Hech narsa import qilinmadi. Faylni shu nomli kutubxona yonida import qilish uchun unga boshqa nom bering yoki uni yangi nashr sifatida qayta import qiling.</translation>
    </message>
    <message>
        <source>Importing %s</source>
        <translation>%s import qilinmoqda</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Import qilish amalga oshmadi</translation>
    </message>
    <message>
        <source>The import was cancelled; the project has not been changed.</source>
        <translation>Import qilish bekor qilindi; loyiha oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>New edition?</source>
        <translation>Yangi nashrmi?</translation>
    </message>
    <message>
        <source>The new edition is kept beside the earlier one, under the edition typed above (or today&apos;s date); assessments of the earlier edition stay as they are.</source>
        <translation>Yangi nashr avvalgisi yonida, yuqorida yozilgan nashr nomi (yoki bugungi sana) bilan saqlanadi; avvalgi nashr baholashlari oʻzgarmaydi.</translation>
    </message>
    <message>
        <source>&amp;Keep as new edition</source>
        <translation>&amp;Yangi nashr sifatida saqlash</translation>
    </message>
    <message>
        <source>Click Check to read the whole file with these columns.</source>
        <translation>Butun faylni shu ustunlar bilan oʻqish uchun «Tekshirish» tugmasini bosing.</translation>
    </message>
    <message>
        <source>Opening %s</source>
        <translation>%s ochilmoqda</translation>
    </message>
    <message>
        <source>The project has not been changed. Details are in the log file %s.</source>
        <translation>Loyiha oʻzgartirilmadi. Tafsilotlar log faylida: %s.</translation>
    </message>
    <message>
        <source>Import standards</source>
        <translation>Standartlarni import qilish</translation>
    </message>
    <message>
        <source>Spreadsheets and library files (%s);;All files (*)</source>
        <translation>Elektron jadvallar va kutubxona fayllari (%s);;Barcha fayllar (*)</translation>
    </message>
</context>
<context>
    <name>InsightActions</name>
    <message>
        <source>E&amp;xport audit report…</source>
        <translation>&amp;Audit hisobotini eksport qilish…</translation>
    </message>
    <message>
        <source>Export audit report with the audit &amp;trail…</source>
        <translation>Hisobotni oʻzgarishlar &amp;jurnali bilan eksport qilish…</translation>
    </message>
    <message>
        <source>Export elements as &amp;CSV…</source>
        <translation>&amp;Elementlarni CSV sifatida eksport qilish…</translation>
    </message>
    <message>
        <source>Action &amp;plan lists elements not yet assessed</source>
        <translation>Harakatlar &amp;rejasiga baholanmagan elementlar ham kiradi</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Oʻzgarishlar jurnali…</translation>
    </message>
    <message>
        <source>&amp;Compare assessments…</source>
        <translation>Baholashlarni &amp;solishtirish…</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>every chunk is missing ({size:,} bytes expected)</source>
        <translation>barcha boʻlaklar yoʻq ({size:,} bayt kutilgan edi)</translation>
    </message>
    <message>
        <source>{missing} of {chunks} chunks missing (numbers {numbers})</source>
        <translation>{chunks} ta boʻlakdan {missing} tasi yoʻq (raqamlari: {numbers})</translation>
    </message>
    <message>
        <source>size mismatch: only {stored:,} of {size:,} bytes stored (missing at the end)</source>
        <translation>hajm mos emas: {size:,} baytdan faqat {stored:,} bayti saqlangan (oxiri yetishmaydi)</translation>
    </message>
    <message>
        <source>size mismatch: {stored:,} bytes stored where {size:,} were expected</source>
        <translation>hajm mos emas: {size:,} bayt kutilgan edi, {stored:,} bayt saqlangan</translation>
    </message>
    <message>
        <source>hash mismatch: the stored bytes are not the file that was attached</source>
        <translation>xesh mos emas: saqlangan baytlar biriktirilgan faylning oʻzi emas</translation>
    </message>
    <message>
        <source>Every evidence file was re-read and compared with its SHA-256. The database&apos;s own structure is kept by its server and is not checked here; its administrator checks it with the server&apos;s tools.</source>
        <translation>Har bir dalil fayli qayta oʻqildi va oʻzining SHA-256 qiymati bilan solishtirildi. Maʼlumotlar bazasining tuzilmasini uning serveri yuritadi, shuning uchun u bu yerda tekshirilmaydi; uni maʼlumotlar bazasi administratori server vositalari bilan tekshiradi.</translation>
    </message>
    <message>
        <source>{backup} is not an Accredit Tracker project; choose a backup of {name}.</source>
        <translation>{backup} Accredit Tracker loyihasi emas; {name} faylining zaxira nusxasini tanlang.</translation>
    </message>
    <message>
        <source>{backup} is the damaged project itself; choose one of its backups.</source>
        <translation>{backup} — shikastlangan loyihaning oʻzi; uning zaxira nusxalaridan birini tanlang.</translation>
    </message>
    <message>
        <source>Cannot restore {backup} to {path}: {reason}.</source>
        <translation>{backup} nusxasini {path} ga tiklab boʻlmadi: {reason}.</translation>
    </message>
    <message>
        <source>{project} is shared on a database server, and this backup copies project files only. Back it up with the server&apos;s own tools (e.g. pg_dump), or copy it into a project file.</source>
        <translation>{project} maʼlumotlar bazasi serveridagi umumiy loyiha, bu zaxira nusxa esa faqat loyiha fayllarini nusxalaydi. Uning zaxira nusxasini serverning oʻz vositalari (masalan, pg_dump) bilan oling yoki loyihani loyiha fayliga nusxalang.</translation>
    </message>
    <message>
        <source>Cannot write the backup {target}: {reason}.</source>
        <translation>{target} zaxira nusxasini yozib boʻlmaydi: {reason}.</translation>
    </message>
    <message>
        <source>Cannot back up to {target}: the folder {folder} does not exist.</source>
        <translation>Zaxira nusxani yozib boʻlmaydi ({target}): {folder} papkasi mavjud emas.</translation>
    </message>
    <message>
        <source>{target} is the open project itself; choose another name for the backup.</source>
        <translation>{target} — ochiq turgan loyihaning oʻzi; zaxira nusxa uchun boshqa nom tanlang.</translation>
    </message>
    <message>
        <source>{target} seems to be open in another program (it has a -wal or -shm file beside it); close it there or choose another name.</source>
        <translation>{target} boshqa dasturda ochiq turganga oʻxshaydi (yonida -wal yoki -shm fayli bor); uni oʻsha dasturda yoping yoki boshqa nom tanlang.</translation>
    </message>
    <message>
        <source>{target} exists and is not an Accredit Tracker project; it is left alone. Choose a new name (ending in {suffix}).</source>
        <translation>{target} mavjud va u Accredit Tracker loyihasi emas; unga tegilmadi. Yangi nom tanlang ({suffix} bilan tugaydigan).</translation>
    </message>
    <message>
        <source>{target} holds a different project, not an earlier backup of {project}; it was left alone.</source>
        <translation>{target} da boshqa loyiha bor, {project} ning avvalgi zaxira nusxasi emas; u oʻzgartirilmadi.</translation>
    </message>
</context>
<context>
    <name>Libraries</name>
    <message>
        <source>This list is already in the project as &apos;{library}&apos;, with the same chapters, standards and measurable elements; nothing was imported.</source>
        <translation>Bu roʻyxat loyihada allaqachon «{library}» sifatida bor, xuddi shu boblar, standartlar va oʻlchanadigan elementlar bilan; hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>The project already has a library named &apos;{name}&apos; with different content. Import this list as a new edition beside it?</source>
        <translation>Loyihada «{name}» nomli, boshqa mazmunli kutubxona allaqachon bor. Bu roʻyxat uning yonida yangi nashr sifatida import qilinsinmi?</translation>
    </message>
    <message>
        <source>{name} (edition {edition})</source>
        <translation>{name} (nashr: {edition})</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Qayta koʻrib chiqish</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Qoʻshilgan</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Elementlar</translation>
    </message>
    <message>
        <source>no element</source>
        <translation>element yoʻq</translation>
    </message>
    <message>
        <source> and %s more</source>
        <translation> va yana %s ta</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <source>Section: %s</source>
        <translation>Boʻlim: %s</translation>
    </message>
    <message>
        <source>Guidance: %s</source>
        <translation>Izoh: %s</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Matn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Tahrirlash</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Dalillar</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Baholash</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Baholash</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> Baholash: </translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Loyihani ochib boʻlmadi</translation>
    </message>
    <message>
        <source>Accredit Tracker</source>
        <translation>Accredit Tracker</translation>
    </message>
    <message>
        <source>%s — Accredit Tracker</source>
        <translation>%s — Accredit Tracker</translation>
    </message>
    <message>
        <source>This project has a standards library but no assessment yet.

Use Assessment → New assessment to start one.</source>
        <translation>Bu loyihada standartlar kutubxonasi bor, lekin hali baholash yoʻq.

Baholashni boshlash uchun Baholash → Yangi baholash buyrugʻidan foydalaning.</translation>
    </message>
    <message>
        <source>This project has no standards library yet.

Use File → Import standards to read one from a spreadsheet.</source>
        <translation>Bu loyihada hali standartlar kutubxonasi yoʻq.

Uni elektron jadvaldan oʻqish uchun Fayl → Standartlarni import qilish buyrugʻidan foydalaning.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Nazorat roʻyxati</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Umumiy koʻrinish</translation>
    </message>
    <message>
        <source>Tracers</source>
        <translation>Treyserlar</translation>
    </message>
    <message>
        <source>Move through the elements</source>
        <translation>Elementlar boʻylab yurish</translation>
    </message>
    <message>
        <source>Select several elements</source>
        <translation>Bir nechta elementni tanlash</translation>
    </message>
    <message>
        <source>Delete the chosen tracer, finding or action (Tracers tab)</source>
        <translation>Tanlangan treyser, topilma yoki chora-tadbirni oʻchirish («Treyserlar» yorligʻi)</translation>
    </message>
    <message>
        <source>The result keys work when the element table has the focus; they apply to every selected element.</source>
        <translation>Natija tugmalari elementlar jadvali faol boʻlganda ishlaydi; ular barcha tanlangan elementlarga qoʻllanadi.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura tugmalari</translation>
    </message>
</context>
<context>
    <name>MappedTreeBox</name>
    <message>
        <source>What will be imported</source>
        <translation>Nima import qilinadi</translation>
    </message>
    <message>
        <source>The outline is mapped so: a top-level row is a chapter; every assessable row is a measurable element; an element belongs to the nearest row above it that is not assessable (its standard), and an assessable row right under a chapter is a standard with itself as its first element; the headings between a standard and an element are the element&apos;s section; rows with nothing assessable under them are guidance of the row above. Codes made for rows with none are listed under Check.</source>
        <translation>Ierarxiya shunday aks ettiriladi: yuqori darajadagi qator — bob; har bir baholanadigan qator — oʻlchanadigan element; element oʻzidan yuqoridagi eng yaqin baholanmaydigan qatorga tegishli (bu uning standarti), bob ostidagi baholanadigan qator esa birinchi elementi oʻzi boʻlgan standartdir; standart va element orasidagi sarlavhalar — elementning boʻlimi; ostida baholanadigan hech narsa boʻlmagan qatorlar — yuqoridagi qatorga izoh. Kodsiz qatorlar uchun yaratilgan kodlar «Tekshiruv» ostida keltirilgan.</translation>
    </message>
    <message>
        <source>Remove “%s” from the start of every cell of column %s</source>
        <translation>Har bir katak boshidagi «%s»ni olib tashlash (%s ustuni)</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Mappings between libraries</source>
        <translation>Kutubxonalar mosliklari</translation>
    </message>
    <message>
        <source>&amp;New mapping…</source>
        <translation>&amp;Yangi moslik…</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Moslik:</translation>
    </message>
    <message>
        <source>Only &amp;unmapped elements</source>
        <translation>Faqat &amp;moslanmagan elementlar</translation>
    </message>
    <message>
        <source>Show only the elements that no source element bears on, and the source elements that bear on nothing</source>
        <translation>Faqat hech bir manba elementi taalluqli boʻlmagan elementlarni va hech narsaga taalluqli boʻlmagan manba elementlarini koʻrsatish</translation>
    </message>
    <message>
        <source>&amp;Export coverage…</source>
        <translation>Qamrovni &amp;eksport qilish…</translation>
    </message>
    <message>
        <source>Write a workbook: each target element with the source elements bearing on it and their results, and the elements unmapped in each library</source>
        <translation>Ish kitobini yozish: har bir maqsad elementi, unga taalluqli manba elementlari va ularning natijalari, hamda har bir kutubxonadagi moslanmagan elementlar</translation>
    </message>
    <message>
        <source>Results of:</source>
        <translation>Natijalar manbai:</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Moslangan:</translation>
    </message>
    <message>
        <source>Mapped from</source>
        <translation>Qayerdan moslangan</translation>
    </message>
    <message>
        <source>Source elements and their results</source>
        <translation>Manba elementlari va ularning natijalari</translation>
    </message>
    <message>
        <source>Worst / best result</source>
        <translation>Eng yomon / eng yaxshi natija</translation>
    </message>
    <message>
        <source>Target element</source>
        <translation>Maqsad elementi</translation>
    </message>
    <message>
        <source>Source element</source>
        <translation>Manba elementi</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Nima boʻyicha topildi</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Oʻxshashlik</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Bogʻliqlik</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>Tanlanganlarni &amp;qabul qilish</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>&amp;Barchasini qabul qilish</translation>
    </message>
    <message>
        <source>%s: %s → %s</source>
        <translation>%s: %s → %s</translation>
    </message>
    <message>
        <source>No mapping yet: start one with New mapping.</source>
        <translation>Hozircha moslik yoʻq: «Yangi moslik» tugmasi bilan yarating.</translation>
    </message>
    <message>
        <source>&lt;b&gt;From %s&lt;/b&gt; — %s elements, %s not mapped</source>
        <translation>&lt;b&gt;%s dan&lt;/b&gt; — elementlar: %s, moslanmagan: %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;To %s&lt;/b&gt; — %s elements, %s not mapped</source>
        <translation>&lt;b&gt;%s ga&lt;/b&gt; — elementlar: %s, moslanmagan: %s</translation>
    </message>
    <message>
        <source>same code</source>
        <translation>bir xil kod</translation>
    </message>
    <message>
        <source>similar text</source>
        <translation>oʻxshash matn</translation>
    </message>
    <message>
        <source>Suggestions for the target elements not mapped yet: %s</source>
        <translation>Hali moslanmagan maqsad elementlari uchun takliflar: %s</translation>
    </message>
    <message>
        <source>No assessment of the source library yet</source>
        <translation>Manba kutubxonasi boʻyicha hali baholash yoʻq</translation>
    </message>
    <message>
        <source>%s of %s target elements have no source element bearing on them; %s source elements bear on nothing.</source>
        <translation>%s / %s maqsad elementiga hech bir manba elementi taalluqli emas; %s manba elementi hech narsaga taalluqli emas.</translation>
    </message>
    <message>
        <source>coverage</source>
        <comment>in a file name</comment>
        <translation>qamrov</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>Qamrovni eksport qilish</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ish kitoblari (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>%s yozilmoqda</translation>
    </message>
    <message>
        <source>Coverage not written</source>
        <translation>Qamrov yozilmadi</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written or changed.</source>
        <translation>Bekor qilindi; %s yozilmadi va oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>Wrote %s.</source>
        <translation>%s yozildi.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
</context>
<context>
    <name>Mappings</name>
    <message>
        <source>Assessment &apos;{assessment}&apos; is not of the library mapping &apos;{mapping}&apos; leads to.</source>
        <translation>«{assessment}» baholashi «{mapping}» mosligi olib boradigan kutubxonaga tegishli emas.</translation>
    </message>
    <message>
        <source>Values can be carried only into an assessment in which nothing has been recorded yet; &apos;{assessment}&apos; holds results, notes, evidence or carried values already.</source>
        <translation>Qiymatlarni faqat hali hech narsa yozilmagan baholashga koʻchirish mumkin; «{assessment}» baholashida natijalar, izohlar, dalillar yoki koʻchirilgan qiymatlar allaqachon bor.</translation>
    </message>
    <message>
        <source>There is no mapping with id {id}.</source>
        <translation>{id} raqamli moslik yoʻq.</translation>
    </message>
    <message>
        <source>Assessment &apos;{assessment}&apos; is not of the library mapping &apos;{mapping}&apos; starts from.</source>
        <translation>«{assessment}» baholashi «{mapping}» mosligi boshlanadigan kutubxonaga tegishli emas.</translation>
    </message>
    <message>
        <source>There is no suggestion with id {id}.</source>
        <translation>{id} raqamli taklif yoʻq.</translation>
    </message>
    <message>
        <source>This suggestion has been decided already.</source>
        <translation>Bu taklif boʻyicha qaror allaqachon qabul qilingan.</translation>
    </message>
    <message>
        <source>There is no standards library with id {id}.</source>
        <translation>{id} raqamli standartlar kutubxonasi yoʻq.</translation>
    </message>
    <message>
        <source>A mapping needs a name.</source>
        <translation>Moslikka nom kerak.</translation>
    </message>
    <message>
        <source>A mapping goes from one library to another, not to itself.</source>
        <translation>Moslik bir kutubxonadan boshqasiga boʻladi, oʻziga emas.</translation>
    </message>
    <message>
        <source>There is already a mapping named &apos;{name}&apos;.</source>
        <translation>«{name}» nomli moslik allaqachon bor.</translation>
    </message>
    <message>
        <source>There is no mapping named &apos;{name}&apos;.</source>
        <translation>«{name}» nomli moslik yoʻq.</translation>
    </message>
    <message>
        <source>{source} is mapped to {target} twice.</source>
        <translation>{source} {target} bilan ikki marta moslangan.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an element or standard of the source library.</source>
        <translation>«{code}» manba kutubxonasining elementi ham, standarti ham emas.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an element or standard of the target library.</source>
        <translation>«{code}» maqsad kutubxonasining elementi ham, standarti ham emas.</translation>
    </message>
    <message>
        <source>{source} → {target} is mapped already on row {row}.</source>
        <translation>{source} → {target} {row}-qatorda allaqachon moslangan.</translation>
    </message>
    <message>
        <source>The source code is empty.</source>
        <translation>Manba kodi boʻsh.</translation>
    </message>
    <message>
        <source>The target code is empty.</source>
        <translation>Maqsad kodi boʻsh.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a relationship; use equal, subset, superset, intersect or not related.</source>
        <translation>«{word}» bogʻliqlik turi emas; teng, qism, ustto&apos;plam, kesishma yoki bog&apos;liq emas deb yozing.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a strength from 0 to 10.</source>
        <translation>«{text}» 0 dan 10 gacha boʻlgan kuch emas.</translation>
    </message>
    <message>
        <source>The file has no mapping rows.</source>
        <translation>Faylda moslik qatorlari yoʻq.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB, too large for a mapping.</source>
        <translation>Fayl {limit} MB dan katta — moslik uchun juda katta.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Fayl UTF-8 matni emas.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Faylni oʻqib boʻlmaydi: {reason}</translation>
    </message>
    <message>
        <source>The file uses YAML aliases (*name), which a mapping does not need; it is refused, as aliases can expand without end.</source>
        <translation>Faylda YAML taxalluslari (*nom) bor, moslikka ular kerak emas; fayl rad etildi, chunki taxalluslar cheksiz kengayishi mumkin.</translation>
    </message>
    <message>
        <source>The file is not valid YAML: {reason}</source>
        <translation>Fayl toʻgʻri YAML emas: {reason}</translation>
    </message>
    <message>
        <source>The file holds no requirement_mapping_set with requirement_mappings.</source>
        <translation>Faylda requirement_mappings bilan requirement_mapping_set yoʻq.</translation>
    </message>
</context>
<context>
    <name>MyWorkDialog</name>
    <message>
        <source>My work</source>
        <translation>Mening ishlarim</translation>
    </message>
    <message>
        <source>Save as calendar (.ics)…</source>
        <translation>Taqvim sifatida saqlash (.ics)…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Xodim</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Baholash</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Tuzatuvchi chora-tadbir</translation>
    </message>
    <message>
        <source>Evidence review</source>
        <translation>Dalilni qayta koʻrib chiqish</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>Save the due dates as a calendar</source>
        <translation>Muddatlarni taqvim sifatida saqlash</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Taqvim fayllari (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation>Taqvim saqlanmadi</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Yangi baholash</translation>
    </message>
    <message>
        <source>e.g. Mock survey, spring 2027</source>
        <translation>masalan, Sinov tekshiruvi, 2027-yil bahori</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Oʻz-oʻzini baholash</translation>
    </message>
    <message>
        <source>Mock survey</source>
        <translation>Sinov tekshiruvi</translation>
    </message>
    <message>
        <source>Official survey</source>
        <translation>Rasmiy tekshiruv</translation>
    </message>
    <message>
        <source>Follow-up survey</source>
        <translation>Takroriy tekshiruv</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Belgilash</translation>
    </message>
    <message>
        <source>Blank: every element not assessed</source>
        <translation>Boʻsh: barcha elementlar baholanmagan</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln element(s))</source>
        <translation>
            <numerusform>%1 (%Ln ta element)</numerusform>
            <numerusform>%1 (%Ln ta element)</numerusform>
        </translation>
    </message>
    <message>
        <source>Results of “%s”</source>
        <translation>«%s» natijalari</translation>
    </message>
    <message>
        <source>“%s” on another library, through the mapping “%s”</source>
        <translation>Boshqa kutubxona boʻyicha «%s», «%s» mosligi orqali</translation>
    </message>
    <message>
        <source>and their evidence links</source>
        <translation>va ularning dalillarga bogʻlanishlari</translation>
    </message>
    <message>
        <source>Link each element to the evidence files it has in the earlier assessment</source>
        <translation>Har bir elementni oldingi baholashda unga bogʻlangan dalil fayllariga bogʻlash</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Survey starts</source>
        <translation>Tekshiruv boshlanishi</translation>
    </message>
    <message>
        <source>Survey ends</source>
        <translation>Tekshiruv tugashi</translation>
    </message>
    <message>
        <source>Standards library</source>
        <translation>Standartlar kutubxonasi</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Baholash profili</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Boshlangʻich holat</translation>
    </message>
    <message>
        <source>Import a standards library first.</source>
        <translation>Avval standartlar kutubxonasini import qiling.</translation>
    </message>
    <message>
        <source>The survey cannot end (%s) before it starts (%s).</source>
        <translation>Tekshiruv tugash sanasi (%s) boshlanish sanasidan (%s) oldin boʻlishi mumkin emas.</translation>
    </message>
</context>
<context>
    <name>NewMappingDialog</name>
    <message>
        <source>New mapping</source>
        <translation>Yangi moslik</translation>
    </message>
    <message>
        <source>none: start empty and build it in the view</source>
        <translation>yoʻq: boʻsh boshlab, oynada toʻldirish</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>From library</source>
        <translation>Qaysi kutubxonadan</translation>
    </message>
    <message>
        <source>To library</source>
        <translation>Qaysi kutubxonaga</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Import manbai</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Moslikni import qilish</translation>
    </message>
    <message>
        <source>Mapping files (*.xlsx *.xlsm *.xls *.ods *.csv *.yaml *.yml)</source>
        <translation>Moslik fayllari (*.xlsx *.xlsm *.xls *.ods *.csv *.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project</source>
        <translation>Yangi loyiha</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{whole}.{fraction}</source>
        <translation>{whole},{fraction}</translation>
    </message>
</context>
<context>
    <name>OpenProblemBox</name>
    <message>
        <source>Cannot open project</source>
        <translation>Loyihani ochib boʻlmadi</translation>
    </message>
    <message>
        <source>Open another project…</source>
        <translation>Boshqa loyihani ochish…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Tekshirish</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Zaxira nusxadan tiklash…</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of %s found it damaged:</source>
        <translation>SQLite tekshiruvi %s faylida shikastlar topdi:</translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation>Shikastlangan loyiha</translation>
    </message>
    <message>
        <source>Restore it from a backup (Restore from a backup…).</source>
        <translation>Uni zaxira nusxadan tiklang («Zaxira nusxadan tiklash…»).</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of %s found its structure sound; the problem is the one reported when opening it.</source>
        <translation>SQLite tekshiruvi %s faylining tuzilishida shikast topmadi; muammo — ochishda xabar qilingan muammo.</translation>
    </message>
    <message>
        <source>Restore %s from a backup</source>
        <translation>%s ni zaxira nusxadan tiklash</translation>
    </message>
    <message>
        <source>Backups (*.bak *%s);;All files (*)</source>
        <translation>Zaxira nusxalar (*.bak *%s);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Zaxira nusxadan tiklash</translation>
    </message>
    <message>
        <source>Put a copy of %1 in the place of %2? The file there now is kept beside it, renamed to %2.damaged- and the date and time.</source>
        <translation>%1 nusxasi %2 oʻrniga qoʻyilsinmi? Hozirgi fayl yonida %2.damaged- va sana hamda vaqt nomi bilan saqlanadi.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Tiklanmadi</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Export improvement plan</source>
        <translation>Takomillashtirish rejasini eksport qilish</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ish kitoblari (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>%s yozilmoqda</translation>
    </message>
    <message>
        <source>Improvement plan not written</source>
        <translation>Takomillashtirish rejasi yozilmadi</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written or changed.</source>
        <translation>Bekor qilindi; %s yozilmadi va oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>Wrote %s.

Open it now?</source>
        <translation>%s yozildi.

Uni hozir ochasizmi?</translation>
    </message>
</context>
<context>
    <name>PreferenceActions</name>
    <message>
        <source>Project &amp;details…</source>
        <translation>&amp;Loyiha maʼlumotlari…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Sozlamalar…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>System language (%s)</source>
        <translation>Tizim tili (%s)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Evidence is stored inside the project file, so very large files (videos) make the project slow to back up and to share.</source>
        <translation>Dalillar loyiha fayli ichida saqlanadi, shuning uchun juda katta fayllar (videolar) loyihaning zaxira nusxasini olishni va uni boshqalarga berishni sekinlashtiradi.</translation>
    </message>
    <message>
        <source>Ask for a description and review date when attaching files</source>
        <translation>Fayllarni biriktirishda tavsif va qayta koʻrib chiqish sanasini soʻrash</translation>
    </message>
    <message>
        <source>The answers are remembered for each type of file and offered next time.</source>
        <translation>Javoblar har bir fayl turi uchun eslab qolinadi va keyingi safar taklif qilinadi.</translation>
    </message>
    <message>
        <source>Recorded as who made each change. On a shared workstation, type your own name; leave it empty to use the computer&apos;s account name.</source>
        <translation>Har bir oʻzgarishni kim kiritgani sifatida yoziladi. Umumiy kompyuterda oʻz ismingizni kiriting; kompyuterdagi hisob nomidan foydalanish uchun boʻsh qoldiring.</translation>
    </message>
    <message>
        <source>Write reports and exports in English (sheet names, headers, results)</source>
        <translation>Hisobot va eksportlarni ingliz tilida yozish (varaq nomlari, sarlavhalar, natijalar)</translation>
    </message>
    <message>
        <source>For surveyors who read English. Otherwise they are written in the language of this window. Either can be taken back into the checklist.</source>
        <translation>Ingliz tilini oʻqiydigan tekshiruvchilar uchun. Aks holda ular shu oynaning tilida yoziladi. Har ikkala holatda ham natijalarni nazorat roʻyxatiga qaytarib olish mumkin.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulyatsiya</translation>
    </message>
    <message>
        <source>As Excel expects in this language (%s)</source>
        <translation>Excel bu tilda kutganidek (%s)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Vergul (,)</translation>
    </message>
    <message>
        <source>Semicolon (;), with a decimal comma</source>
        <translation>Nuqtali vergul (;), kasr qismi vergul bilan</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulyatsiya</translation>
    </message>
    <message>
        <source>Excel opens a CSV file as columns only when its fields are separated the way the computer&apos;s regional settings say: a comma in English, a semicolon where the decimal separator is a comma (Russian, Uzbek).</source>
        <translation>Excel CSV faylni ustunlarga faqat maydonlar kompyuterning mintaqaviy sozlamalaridagidek ajratilganda ajratadi: ingliz tilida vergul, kasr qismi vergul bilan ajratiladigan joyda (rus, oʻzbek) nuqtali vergul.</translation>
    </message>
    <message>
        <source>Largest evidence file</source>
        <translation>Dalil faylining eng katta hajmi</translation>
    </message>
    <message>
        <source>Your name in the audit trail</source>
        <translation>Oʻzgarishlar jurnalidagi ismingiz</translation>
    </message>
    <message>
        <source>Separator in CSV files</source>
        <translation>CSV fayllardagi ajratgich</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Sheet</source>
        <translation>Varaq</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Ustun</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Muammo</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>&apos;{sheet}&apos; varagʻi</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row}-qator</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>{column} ustuni</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>… and {count:,} more not listed.</source>
        <translation>… va yana {count:,} ta muammo roʻyxatda koʻrsatilmagan.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Scoring profile</source>
        <translation>Baholash profili</translation>
    </message>
    <message>
        <source>Score “%s” under:</source>
        <translation>“%s” uchun baholash profili:</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Fayldan yuklash…</translation>
    </message>
    <message>
        <source>This assessment is locked; unlock it to change its scoring.</source>
        <translation>Bu baholash qulflangan; uning baholash profilini oʻzgartirish uchun avval qulfdan chiqaring.</translation>
    </message>
    <message>
        <source>Load a scoring profile</source>
        <translation>Baholash profilini yuklash</translation>
    </message>
    <message>
        <source>Scoring profiles (*.json);;All files (*)</source>
        <translation>Baholash profillari (*.json);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Choose a profile.</source>
        <translation>Profilni tanlang.</translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Qoidalar</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Ballar</translation>
    </message>
    <message>
        <source>Percentage bands</source>
        <translation>Foiz oraliqlari</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>{rules}; judged once {percent} % of applicable elements are assessed</source>
        <translation>{rules}; qoʻllaniladigan elementlarning kamida {percent} % baholanganda xulosa qilinadi</translation>
    </message>
    <message>
        <source>standard ≥ {value}</source>
        <translation>standart ≥ {value}</translation>
    </message>
    <message>
        <source>chapter ≥ {value}</source>
        <translation>bob ≥ {value}</translation>
    </message>
    <message>
        <source>overall ≥ {value}</source>
        <translation>umumiy ≥ {value}</translation>
    </message>
    <message>
        <source>points {fully_met} / {partially_met} / {not_met}</source>
        <translation>ballar {fully_met} / {partially_met} / {not_met}</translation>
    </message>
    <message>
        <source>no thresholds</source>
        <translation>chegaralar yoʻq</translation>
    </message>
    <message>
        <source>{scale}; {thresholds}</source>
        <translation>{scale}; {thresholds}</translation>
    </message>
    <message>
        <source>{label} ≥ {percent} %</source>
        <translation>{label} ≥ {percent} %</translation>
    </message>
    <message>
        <source>{bands}; below: {label}</source>
        <translation>{bands}; undan past: {label}</translation>
    </message>
    <message>
        <source>{file}: too large to be a scoring profile.</source>
        <translation>{file}: fayl baholash profili boʻlishi uchun juda katta.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: fayl mavjud emas.</translation>
    </message>
    <message>
        <source>{file}: not a JSON text file (it is not UTF-8).</source>
        <translation>{file}: JSON matn fayli emas (UTF-8 kodlashda emas).</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: faylni oʻqib boʻlmadi ({reason}).</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>{file}: yaroqli JSON emas ({line}-qator, {column}-ustun: {reason}).</translation>
    </message>
    <message>
        <source>{file}: {problem}.</source>
        <translation>{file}: {problem}.</translation>
    </message>
    <message>
        <source>The project already has a different scoring profile with the key &apos;{key}&apos; (&quot;{name}&quot;). Give the new profile another key, e.g. &apos;{free_key}&apos;, and load it again.</source>
        <translation>Loyihada &apos;{key}&apos; kalitli boshqa baholash profili (&quot;{name}&quot;) allaqachon mavjud. Yangi profilga boshqa kalit bering, masalan, &apos;{free_key}&apos;, va uni qayta yuklang.</translation>
    </message>
    <message>
        <source>scoring profile: expected an object, got {value}</source>
        <translation>baholash profili: obyekt kutilgan edi, {value} berilgan</translation>
    </message>
    <message>
        <source>scoring profile</source>
        <translation>baholash profili</translation>
    </message>
    <message>
        <source>{where}: unknown kind {kind} (expected &apos;points&apos; or &apos;percentage&apos;)</source>
        <translation>{where}: nomaʼlum tur {kind} (&apos;points&apos; yoki &apos;percentage&apos; kutilgan edi)</translation>
    </message>
    <message>
        <source>{where}: &apos;bands&apos; must be a non-empty list, got {value}</source>
        <translation>{where}: &apos;bands&apos; boʻsh boʻlmagan roʻyxat boʻlishi kerak, {value} berilgan</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be between 0 and 100, got {value}</source>
        <translation>{where}: &apos;{key}&apos; 0 dan 100 gacha boʻlishi kerak, {value} berilgan</translation>
    </message>
    <message>
        <source>{where}: bands must be in descending order of min_percent, but &apos;{key}&apos; ({value}) is not below &apos;{previous_key}&apos; ({previous_value})</source>
        <translation>{where}: oraliqlar min_percent boʻyicha kamayish tartibida boʻlishi kerak, lekin &apos;{key}&apos; ({value}) &apos;{previous_key}&apos; ({previous_value}) dan past emas</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be between 0 and 1, got {value}</source>
        <translation>{where}: &apos;{key}&apos; 0 dan 1 gacha boʻlishi kerak, {value} berilgan</translation>
    </message>
    <message>
        <source>scoring profile &apos;{key}&apos;</source>
        <translation>&apos;{key}&apos; baholash profili</translation>
    </message>
    <message>
        <source>{where}: missing key &apos;{key}&apos;</source>
        <translation>{where}: &apos;{key}&apos; kaliti yetishmaydi</translation>
    </message>
    <message>
        <source>{where}: unknown key &apos;{key}&apos;</source>
        <translation>{where}: nomaʼlum kalit &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>{where}: &apos;{key}&apos; boʻsh boʻlmagan matn boʻlishi kerak, {value} berilgan</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be an object, got {value}</source>
        <translation>{where}: &apos;{key}&apos; obyekt boʻlishi kerak, {value} berilgan</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a number, got {value}</source>
        <translation>{where}: &apos;{key}&apos; son boʻlishi kerak, {value} berilgan</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a number or null, got {value}</source>
        <translation>{where}: &apos;{key}&apos; son yoki null boʻlishi kerak, {value} berilgan</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Run “accredit verify {path}” to see what is damaged, and restore it from your latest backup (none was found beside it).</source>
        <translation>Nima shikastlanganini bilish uchun «accredit verify {path}» ni ishga tushiring va faylni eng soʻnggi zaxira nusxangizdan tiklang (uning yonida nusxa topilmadi).</translation>
    </message>
    <message>
        <source>Run “accredit verify {path}” to see what is damaged, and restore it from a backup; the newest beside it is {backup}.</source>
        <translation>Nima shikastlanganini bilish uchun «accredit verify {path}» ni ishga tushiring va faylni zaxira nusxadan tiklang; uning yonidagi eng yangisi: {backup}.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}).</source>
        <translation>{path} shikastlangan ({reason}).</translation>
    </message>
    <message>
        <source>it is in the read-only folder {folder}</source>
        <translation>u faqat oʻqish uchun boʻlgan {folder} jildida joylashgan</translation>
    </message>
    <message>
        <source>the file {name} is read-only</source>
        <translation>{name} fayli faqat oʻqish uchun</translation>
    </message>
    <message>
        <source>This project is read-only: {reason}. Save a copy to change it.</source>
        <translation>Bu loyiha faqat oʻqish uchun: {reason}. Uni oʻzgartirish uchun nusxasini saqlang.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it instead.</source>
        <translation>{path} allaqachon mavjud; boshqa nom tanlang yoki mavjud faylni oching.</translation>
    </message>
    <message>
        <source>Cannot create {name}: the folder {folder} does not exist.</source>
        <translation>{name} faylini yaratib boʻlmadi: {folder} papkasi mavjud emas.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>{path} faylini yaratib boʻlmadi: {reason}.</translation>
    </message>
    <message>
        <source>SQLite may not write to it or beside it ({reason})</source>
        <translation>SQLite unga yoki uning yoniga yoza olmaydi ({reason})</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}, and its last changes are still in {wal} beside it. Make the project writable and open it once, or copy both files to a folder where you may write and open the copy.</source>
        <translation>{name} ni ochib boʻlmadi: {reason}, uning soʻnggi oʻzgarishlari esa hali yonidagi {wal} faylida. Loyihaga yozishga ruxsat bering va uni bir marta oching yoki ikkala faylni yozish huquqingiz bor jildga nusxalab, nusxani oching.</translation>
    </message>
    <message>
        <source>{name} was saved by an earlier version of Accredit Tracker and must be updated, which cannot be done while {reason}. Copy it to a folder where you may write and open the copy.</source>
        <translation>{name} Accredit Trackerning oldingi versiyasida saqlangan va yangilanishi kerak, biroq {reason} ekan, buni bajarib boʻlmaydi. Uni yozish huquqingiz bor jildga nusxalab, nusxani oching.</translation>
    </message>
    <message>
        <source>an @ in the password must be written %40</source>
        <translation>paroldagi @ belgisi %40 koʻrinishida yozilishi kerak</translation>
    </message>
    <message>
        <source>{url} is not the address of a database Accredit Tracker can use ({reason}); a shared project&apos;s address looks like postgresql+psycopg://user@server:5432/database.</source>
        <translation>{url} Accredit Tracker foydalana oladigan maʼlumotlar bazasining manzili emas ({reason}); umumiy loyiha manzili quyidagi koʻrinishda boʻladi: postgresql+psycopg://user@server:5432/database.</translation>
    </message>
    <message>
        <source>{url} already holds a project; open it instead.</source>
        <translation>{url} manzilida allaqachon loyiha mavjud; yangisini yaratish oʻrniga uni oching.</translation>
    </message>
    <message>
        <source>{url} already holds other tables; a shared project needs an empty database (or schema) of its own.</source>
        <translation>{url} manzilida allaqachon boshqa jadvallar mavjud; umumiy loyiha uchun alohida boʻsh maʼlumotlar bazasi (yoki sxema) kerak.</translation>
    </message>
    <message>
        <source>{url}: your account has no role in this shared project; ask the project&apos;s administrator to grant you one.</source>
        <translation>{url}: hisobingizga ushbu umumiy loyihada hech qanday rol berilmagan; loyiha administratoridan sizga rol berishini soʻrang.</translation>
    </message>
    <message>
        <source>{url}: the schema {schema} does not exist on the server; ask its administrator to create it, or check its name in the address.</source>
        <translation>{url}: serverda {schema} sxemasi mavjud emas; server administratoridan uni yaratishni soʻrang yoki manzildagi sxema nomini tekshiring.</translation>
    </message>
    <message>
        <source>{url} holds no Accredit Tracker project; create one there first (File → New project, or accredit create).</source>
        <translation>{url} manzilida Accredit Tracker loyihasi yoʻq; avval u yerda loyiha yarating (Fayl → Yangi loyiha yoki accredit create buyrugʻi).</translation>
    </message>
    <message>
        <source>Cannot open the shared project {url}: {reason}</source>
        <translation>{url} umumiy loyihasini ochib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} mavjud emas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an Accredit Tracker project file.</source>
        <translation>{path} — papka, Accredit Tracker loyiha fayli emas.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} faylini oʻqib boʻlmadi: kirish huquqi yoʻq.</translation>
    </message>
    <message>
        <source>{name} is empty; it is not an Accredit Tracker project.</source>
        <translation>{name} boʻsh; bu Accredit Tracker loyihasi emas.</translation>
    </message>
    <message>
        <source>{name} is not an Accredit Tracker project (not a database file).</source>
        <translation>{name} Accredit Tracker loyihasi emas (maʼlumotlar bazasi fayli emas).</translation>
    </message>
    <message>
        <source>{name} is a database, but not an Accredit Tracker project; create a new project and import its data instead.</source>
        <translation>{name} maʼlumotlar bazasi, lekin Accredit Tracker loyihasi emas; yangi loyiha yarating va undagi maʼlumotlarni unga import qiling.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a project ({reason}).</source>
        <translation>{name} shikastlangan yoki loyiha emas ({reason}).</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Accredit Tracker (schema {revision}); update Accredit Tracker to open it.</source>
        <translation>{name} Accredit Tracker dasturining yangiroq versiyasida saqlangan (sxema {revision}); uni ochish uchun Accredit Tracker dasturini yangilang.</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}.</source>
        <translation>{name} faylini ochib boʻlmadi: {reason}.</translation>
    </message>
    <message>
        <source>{name} is locked by another program that is writing to it; wait for it to finish or close it there, then try again.</source>
        <translation>{name} unga yozayotgan boshqa dastur tomonidan qulflangan; dastur ishini tugatishini kuting yoki faylni oʻsha dasturda yoping, soʻng qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>No connection to the shared project {name}: {reason}</source>
        <translation>{name} umumiy loyihasi bilan aloqa yoʻq: {reason}</translation>
    </message>
    <message>
        <source>{name} is busy in another program that is writing to it; nothing was changed. Wait for that program to finish, then try again.</source>
        <translation>{name} unga yozayotgan boshqa dastur bilan band; hech narsa o‘zgartirilmadi. O‘sha dastur ishini tugatishini kuting, so‘ng qayta urinib ko‘ring.</translation>
    </message>
    <message>
        <source>The disk holding {name} is full; nothing was changed. Free some space and try again.</source>
        <translation>{name} joylashgan disk to‘lgan; hech narsa o‘zgartirilmadi. Joy bo‘shating va qayta urinib ko‘ring.</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Yangi loyiha…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Loyihani &amp;ochish…</translation>
    </message>
    <message>
        <source>Open &amp;shared project…</source>
        <translation>&amp;Umumiy loyihani ochish…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Soʻnggi loyihalar</translation>
    </message>
    <message>
        <source>&amp;Back up project…</source>
        <translation>&amp;Zaxira nusxa olish…</translation>
    </message>
    <message>
        <source>Copy project to a &amp;file…</source>
        <translation>Loyihani &amp;faylga nusxalash…</translation>
    </message>
    <message>
        <source>Copy project to a shared &amp;database…</source>
        <translation>Loyihani umumiy maʼlumotlar &amp;bazasiga nusxalash…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Loyihani yo&amp;pish</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <source>The system keyring did not take the password; it will be asked again.</source>
        <translation>Tizimning parollar ombori parolni qabul qilmadi; parol keyingi safar yana soʻraladi.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Loyihani ochish</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s);;All files (*)</source>
        <translation>Accredit Tracker loyihalari (*%s);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Preparing the demo project</source>
        <translation>Namoyish loyihasi tayyorlanmoqda</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Namoyish loyihasini yaratib boʻlmadi</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>Copy project to a file</source>
        <translation>Loyihani faylga nusxalash</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s)</source>
        <translation>Accredit Tracker loyihalari (*%s)</translation>
    </message>
    <message>
        <source>Copy project to a shared database</source>
        <translation>Loyihani umumiy maʼlumotlar bazasiga nusxalash</translation>
    </message>
    <message>
        <source>Copying %s</source>
        <translation>%s nusxalanmoqda</translation>
    </message>
    <message>
        <source>Copy cancelled</source>
        <translation>Nusxalash bekor qilindi</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Nusxalash bekor qilindi; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>Copied to {target} and checked. Rows copied: {rows}. Every evidence file&apos;s SHA-256 is the same as the original&apos;s.

Open the copy now?</source>
        <translation>{target} ga nusxa olindi va tekshirildi. Nusxa olingan qatorlar: {rows}. Har bir dalil faylining SHA-256 qiymati asl nusxadagi bilan bir xil.

Nusxani hozir ochasizmi?</translation>
    </message>
    <message>
        <source>Project not copied</source>
        <translation>Loyiha nusxalanmadi</translation>
    </message>
    <message>
        <source>Project copied</source>
        <translation>Loyiha nusxalandi</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>The facility&apos;s name is empty.</source>
        <translation>Muassasa nomi kiritilmagan.</translation>
    </message>
    <message>
        <source>The facility&apos;s name is longer than {limit} characters.</source>
        <translation>Muassasa nomi {limit} belgidan uzun.</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <source>Project details</source>
        <translation>Loyiha maʼlumotlari</translation>
    </message>
    <message>
        <source>The facility&apos;s name heads the report&apos;s Summary and every printed page. Until it is set, the project&apos;s name stands in for it.</source>
        <translation>Muassasa nomi hisobot xulosasida va har bir chop etilgan sahifa tepasida koʻrsatiladi. U kiritilmaguncha oʻrniga loyiha nomi ishlatiladi.</translation>
    </message>
    <message>
        <source>&amp;Facility name:</source>
        <translation>&amp;Muassasa nomi:</translation>
    </message>
</context>
<context>
    <name>ProjectIntegrity</name>
    <message>
        <source>Verifying stored evidence</source>
        <translation>Saqlangan dalillar tekshirilmoqda</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Tekshirish bekor qilindi.</translation>
    </message>
    <message>
        <source>Audit trail: %s.</source>
        <translation>Oʻzgarishlar jurnali: %s.</translation>
    </message>
    <message>
        <source>Evidence verified</source>
        <translation>Dalillar tekshirildi</translation>
    </message>
    <message>
        <source>Every stored file still matches its SHA-256 fingerprint.</source>
        <translation>Saqlangan barcha fayllar oʻz SHA-256 qiymatiga hamon mos keladi.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s hash chain holds.</source>
        <translation>Oʻzgarishlar jurnalining xesh zanjiri buzilmagan.</translation>
    </message>
    <message>
        <source>Audit trail altered</source>
        <translation>Oʻzgarishlar jurnali oʻzgartirilgan</translation>
    </message>
    <message>
        <source>The audit trail was altered outside Accredit Tracker: its hash chain breaks at row %s. Compare it with a backup of the project.</source>
        <translation>Oʻzgarishlar jurnali Accredit Tracker’dan tashqarida oʻzgartirilgan: uning xesh zanjiri %s-qatorda uzilgan. Uni loyihaning zaxira nusxasi bilan solishtiring.</translation>
    </message>
    <message>
        <source>Damaged evidence</source>
        <translation>Shikastlangan dalillar</translation>
    </message>
    <message>
        <source>%s stored files no longer match what was attached. Attach them again from the originals, and restore the project from a backup if more is damaged.</source>
        <translation>Saqlangan %s ta fayl endi biriktirilgan paytdagi holatiga mos kelmaydi. Ularni asl fayllardan qayta biriktiring; agar boshqa maʼlumotlar ham shikastlangan boʻlsa, loyihani zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <source>Back up project</source>
        <translation>Loyihaning zaxira nusxasini olish</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s)</source>
        <translation>Accredit Tracker loyihalari (*%s)</translation>
    </message>
    <message>
        <source>Backup not made; %s was left alone.</source>
        <translation>Zaxira nusxa olinmadi; %s oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>Backing up %s</source>
        <translation>%s faylining zaxira nusxasi olinmoqda</translation>
    </message>
    <message>
        <source>{file} holds a different project, not an earlier backup of {project}.

Replace it with this backup? Everything in that project, its evidence included, is lost.</source>
        <translation>{file} da boshqa loyiha bor, {project} ning avvalgi zaxira nusxasi emas.

Uni shu zaxira nusxa bilan almashtirilsinmi? Oʻsha loyihadagi hamma narsa, dalillar ham, yoʻqoladi.</translation>
    </message>
    <message>
        <source>Replace a different project?</source>
        <translation>Boshqa loyiha almashtirilsinmi?</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Zaxira nusxa olish bekor qilindi; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Zaxira nusxa olinmadi</translation>
    </message>
    <message>
        <source>Backed up to %s.</source>
        <translation>Zaxira nusxa saqlandi: %s.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Qaytarish</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kesib olish</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nusxa olish</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Qoʻyish</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hammasini belgilash</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tafsilotlarni koʻrsatish...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Tafsilotlarni yashirish...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Qoʻllash</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Rad etish</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yordam</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Asliga qaytarish</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standart qiymatlar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ha</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Yoʻq</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Toʻxtatish</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Eʼtiborsiz qoldirish</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Qaytarish</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kesib olish</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nusxa olish</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Qoʻyish</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hammasini belgilash</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Equal</source>
        <translation>Teng</translation>
    </message>
    <message>
        <source>Subset</source>
        <translation>Qism</translation>
    </message>
    <message>
        <source>Superset</source>
        <translation>Ustto&apos;plam</translation>
    </message>
    <message>
        <source>Intersect</source>
        <translation>Kesishma</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>Bog&apos;liq emas</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Elements</source>
        <translation>Elementlar</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Bob</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Boblar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Avval</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hozir</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Oʻzgarish</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standart</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Umumiy</translation>
    </message>
    <message>
        <source>(not in this assessment)</source>
        <translation>(bu baholashda yoʻq)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Qamrov</translation>
    </message>
    <message>
        <source>Unmapped in {library}</source>
        <translation>{library}: moslanmagan</translation>
    </message>
    <message>
        <source>Target code</source>
        <translation>Maqsad kodi</translation>
    </message>
    <message>
        <source>Target element</source>
        <translation>Maqsad elementi</translation>
    </message>
    <message>
        <source>Source codes</source>
        <translation>Manba kodlari</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Bogʻliqliklar</translation>
    </message>
    <message>
        <source>Source results</source>
        <translation>Manba natijalari</translation>
    </message>
    <message>
        <source>Worst result</source>
        <translation>Eng yomon natija</translation>
    </message>
    <message>
        <source>Best result</source>
        <translation>Eng yaxshi natija</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Oʻlchanadigan element</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>{mapping}: {source} → {target}</source>
        <translation>{mapping}: {source} → {target}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Izohlar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dalillar</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Oxirgi oʻzgarish</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Kim oʻzgartirgan</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <source>(clear)</source>
        <translation>(tozalash)</translation>
    </message>
    <message>
        <source>Surveyor flags</source>
        <translation>Tekshiruvchi belgilari</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Kamchiliklar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standartlar</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>Standart matni</translation>
    </message>
    <message>
        <source>Meets threshold</source>
        <translation>Chegaraga yetadi</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Topilma</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Qayta koʻrib chiqish sanasi</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Qoʻshilgan</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Kim qoʻshgan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Tegishli elementlar</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Oʻzgarishlar jurnali</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Baholash</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Recorded data</source>
        <translation>Yozib olingan maʼlumotlar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Amal</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Eski qiymat</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Yangi qiymat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tafsilotlar</translation>
    </message>
    <message>
        <source>the file name must end in {suffix} or {other}.</source>
        <translation>fayl nomi {suffix} yoki {other} bilan tugashi kerak.</translation>
    </message>
    <message>
        <source>{project} — audit trail</source>
        <translation>{project} — oʻzgarishlar jurnali</translation>
    </message>
    <message>
        <source>Audit trail of {rows} changes; hash chain head {hash}</source>
        <translation>Oʻzgarishlar jurnali: {rows} ta oʻzgarish; xesh zanjiri boshi {hash}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xulosa</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Loyiha yaratish</translation>
    </message>
    <message>
        <source>Import library</source>
        <translation>Kutubxonani import qilish</translation>
    </message>
    <message>
        <source>Add scoring profile</source>
        <translation>Baholash profilini qoʻshish</translation>
    </message>
    <message>
        <source>Set facility name</source>
        <translation>Muassasa nomini belgilash</translation>
    </message>
    <message>
        <source>Create assessment</source>
        <translation>Baholash yaratish</translation>
    </message>
    <message>
        <source>Carry evidence links</source>
        <translation>Dalil bogʻlanishlarini koʻchirish</translation>
    </message>
    <message>
        <source>Set scoring profile</source>
        <translation>Baholash profilini belgilash</translation>
    </message>
    <message>
        <source>Lock assessment</source>
        <translation>Baholashni qulflash</translation>
    </message>
    <message>
        <source>Unlock assessment</source>
        <translation>Baholashni qulfdan chiqarish</translation>
    </message>
    <message>
        <source>Update element</source>
        <translation>Elementni yangilash</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Dalil biriktirish</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Dalilni bogʻlash</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Dalil bogʻlanishini uzish</translation>
    </message>
    <message>
        <source>Update evidence</source>
        <translation>Dalilni yangilash</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Dalilni oʻchirish</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>Action plan: {heading}</source>
        <translation>Harakatlar rejasi: {heading}</translation>
    </message>
    <message>
        <source>Not a result</source>
        <translation>Notoʻgʻri natija</translation>
    </message>
    <message>
        <source>Not a status</source>
        <translation>Notoʻgʻri holat</translation>
    </message>
    <message>
        <source>Choose one of: {words}.</source>
        <translation>Quyidagilardan birini tanlang: {words}.</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>&amp;P-sahifa, jami &amp;N</translation>
    </message>
    <message>
        <source>… [cut]</source>
        <translation>… [qisqartirildi]</translation>
    </message>
    <message>
        <source>Accreditation report: {assessment}</source>
        <translation>Akkreditatsiya hisoboti: {assessment}</translation>
    </message>
    <message>
        <source>Accreditation report</source>
        <translation>Akkreditatsiya hisoboti</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>{file} faylini yozib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>the file name must end in {suffix}.</source>
        <translation>fayl nomi {suffix} bilan tugashi kerak.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist.</source>
        <translation>{folder} papkasi mavjud emas.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>bu papka.</translation>
    </message>
    <message>
        <source>{file} is open in another program (its lock file {lock} is beside it); close it there and try again. If no program has it open, delete the lock file.</source>
        <translation>{file} boshqa dasturda ochiq (uning yonida {lock} qulf fayli bor); faylni oʻsha dasturda yoping va qayta urinib koʻring. Agar uni hech bir dastur ochmagan boʻlsa, qulf faylini oʻchiring.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; choose a folder where you may save files.</source>
        <translation>{folder} papkasi faqat oʻqish uchun; fayllarni saqlash mumkin boʻlgan papkani tanlang.</translation>
    </message>
    <message>
        <source>Cannot replace {file}: the file is read-only; choose another name or make it writable.</source>
        <translation>{file} faylini almashtirib boʻlmadi: fayl faqat oʻqish uchun; boshqa nom tanlang yoki faylga yozish ruxsatini bering.</translation>
    </message>
    <message>
        <source>permission denied. If it is open in another program, close it there; otherwise choose a folder where you may save files.</source>
        <translation>kirish huquqi yoʻq. Agar fayl boshqa dasturda ochiq boʻlsa, uni oʻsha dasturda yoping; aks holda fayllarni saqlash mumkin boʻlgan papkani tanlang.</translation>
    </message>
    <message>
        <source>Accreditation readiness report</source>
        <translation>Akkreditatsiyaga tayyorgarlik hisoboti</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Baholanmagan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Chegara</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Tayyorgarlik</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>mos keladi</translation>
    </message>
    <message>
        <source>below</source>
        <translation>past</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>hali ball yoʻq</translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation>chegara yoʻq</translation>
    </message>
    <message>
        <source>not enough assessed</source>
        <translation>yetarlicha baholanmagan</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Oʻz-oʻzini baholash</translation>
    </message>
    <message>
        <source>Mock survey</source>
        <translation>Sinov tekshiruvi</translation>
    </message>
    <message>
        <source>Official survey</source>
        <translation>Rasmiy tekshiruv</translation>
    </message>
    <message>
        <source>Follow-up survey</source>
        <translation>Takroriy tekshiruv</translation>
    </message>
    <message>
        <source>(provisional: some elements are not assessed yet)</source>
        <translation>(dastlabki: baʼzi elementlar hali baholanmagan)</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Muassasa</translation>
    </message>
    <message>
        <source>Survey dates</source>
        <translation>Tekshiruv sanalari</translation>
    </message>
    <message>
        <source>Standards library</source>
        <translation>Standartlar kutubxonasi</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Hisobot sanasi</translation>
    </message>
    <message>
        <source>Scoring profile</source>
        <translation>Baholash profili</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Umumiy ball</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Xulosa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>Elements assessed</source>
        <translation>Baholangan elementlar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jami</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Ushbu hisobot haqida</translation>
    </message>
    <message>
        <source>Made from an audit trail of {rows} changes whose hash chain ends in {hash}; Verify shows the project&apos;s chain head today.</source>
        <translation>{rows} ta oʻzgarishdan iborat, xesh zanjiri {hash} bilan tugaydigan oʻzgarishlar jurnali asosida tuzilgan; “Tekshirish” loyiha zanjirining bugungi boshini koʻrsatadi.</translation>
    </message>
    <message>
        <source>Chapter scores</source>
        <translation>Boblar boʻyicha ballar</translation>
    </message>
    <message>
        <source>{words} or {last}</source>
        <translation>{words} yoki {last}</translation>
    </message>
    <message>
        <source>When this sheet is taken back, a blank cell changes nothing; type {clear} to erase the stored value.</source>
        <translation>Bu varaq qaytarib olinganda boʻsh katak hech narsani oʻzgartirmaydi; saqlangan qiymatni oʻchirish uchun {clear} deb yozing.</translation>
    </message>
    <message>
        <source>This action plan is drawn from the {sheet} sheet and is locked. Type results, statuses, owners, due dates and notes on the {sheet} sheet: only that sheet is taken back into Accredit Tracker.</source>
        <translation>Bu harakatlar rejasi «{sheet}» varagʻidan tuzilgan va qulflangan. Natijalar, holatlar, masʼullar, muddatlar va izohlarni «{sheet}» varagʻida yozing: Accredit Tracker&apos;ga faqat shu varaq qaytarib olinadi.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <source>Standard score {score}, below the threshold of {threshold}</source>
        <translation>Standart bali {score}, {threshold} chegarasidan past</translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation>Dalillar roʻyxati</translation>
    </message>
    <message>
        <source>In the binder</source>
        <translation>Papkada</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Hajmi (bayt)</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Qayta koʻrib chiqish muddati</translation>
    </message>
    <message>
        <source>Not written because</source>
        <translation>Yozilmadi, chunki</translation>
    </message>
    <message>
        <source>{project} — evidence of {assessment}</source>
        <translation>{project} — {assessment} baholashi dalillari</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Takomillashtirish rejasi</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Topilmalar</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Asosiy sabab</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Muvaffaqiyat mezoni</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Tekshirilgan</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Kim tekshirgan</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Tekshiruv</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Bajarilish</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Koʻrsatkich</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Soni</translation>
    </message>
    <message>
        <source>(no action yet)</source>
        <translation>(hozircha chora-tadbir yoʻq)</translation>
    </message>
    <message>
        <source>Improvement plan: {assessment}</source>
        <translation>Takomillashtirish rejasi: {assessment}</translation>
    </message>
    <message>
        <source>Elements needing a plan</source>
        <translation>Reja talab qiladigan elementlar</translation>
    </message>
    <message>
        <source>Elements with an action</source>
        <translation>Chora-tadbirli elementlar</translation>
    </message>
    <message>
        <source>Elements without an action</source>
        <translation>Chora-tadbirsiz elementlar</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Chora-tadbirlar</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Muddati oʻtgan chora-tadbirlar</translation>
    </message>
    <message>
        <source>Observed compliance</source>
        <translation>Kuzatilgan muvofiqlik</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Jiddiylik</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Qayerda</translation>
    </message>
    <message>
        <source>Tracer</source>
        <translation>Treyser</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Qayd etilgan</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Kim qayd etgan</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Kim qabul qilgan</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ochilgan</translation>
    </message>
    <message>
        <source>Due: {what}</source>
        <translation>Muddat: {what}</translation>
    </message>
    <message>
        <source>Action due: {what}</source>
        <translation>Chora-tadbir muddati: {what}</translation>
    </message>
    <message>
        <source>Review evidence: {what}</source>
        <translation>Dalilni qayta koʻrib chiqish: {what}</translation>
    </message>
    <message>
        <source>Accreditation work: {owner}</source>
        <translation>Akkreditatsiya ishlari: {owner}</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export elements as CSV</source>
        <translation>Elementlarni CSV sifatida eksport qilish</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Audit hisobotini eksport qilish</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV fayllar (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ish kitoblari (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>%s yozilmoqda</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written or changed.</source>
        <translation>Bekor qilindi; %s yozilmadi va oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Hisobot yozilmadi</translation>
    </message>
    <message>
        <source>Wrote %s.

Open it now?</source>
        <translation>%s yozildi.

Uni hozir ochasizmi?</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>Not assessed</source>
        <translation>Baholanmagan</translation>
    </message>
    <message>
        <source>Fully met</source>
        <translation>Bajarilgan</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>Qisman</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Bajarilmagan</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Taalluqsiz</translation>
    </message>
</context>
<context>
    <name>ResultsImport</name>
    <message>
        <source>{code} was already given in row {row}; this row is not imported.</source>
        <translation>{code} {row}-qatorda allaqachon berilgan; bu qator import qilinmadi.</translation>
    </message>
    <message>
        <source>the stored {field} is {stored:,} characters long, more than a cell holds, so the export wrote only its beginning; the edited cell ({length:,} characters) replaces all of it. To keep the rest, edit it in the app instead.</source>
        <translation>saqlangan «{field}» {stored:,} belgidan iborat va katakka sigʻmaydi, shuning uchun eksportda faqat uning boshi yozilgan; tahrirlangan katak ({length:,} belgi) uni butunlay almashtiradi. Qolganini saqlab qolish uchun uni ilovada tahrirlang.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; matches more than one element when case and spaces are ignored ({codes}); write the code exactly as one of them.</source>
        <translation>Harf registri va boʻshliqlar hisobga olinmaganda &apos;{code}&apos; bir nechta elementga mos keladi ({codes}); kodni aynan ulardan biri kabi yozing.</translation>
    </message>
    <message>
        <source>the row has no version, so a change made in the app since the export cannot be detected; its values are imported as they are.</source>
        <translation>qatorda versiya yoʻq, shu sababli eksportdan keyin dasturda kiritilgan oʻzgarishni aniqlab boʻlmaydi; uning qiymatlari oʻz holicha import qilinadi.</translation>
    </message>
    <message>
        <source>the row says version {row}, but the project holds version {stored}, as if the file came from another copy of the project; its values are imported.</source>
        <translation>qatorda {row}-versiya koʻrsatilgan, lekin loyihada {stored}-versiya saqlangan, goʻyo fayl loyihaning boshqa nusxasidan olingandek; uning qiymatlari import qilinadi.</translation>
    </message>
    <message>
        <source>The sheet has no element rows below its header row (row {row}).</source>
        <translation>Varaqda sarlavha qatoridan ({row}-qator) pastda element qatorlari yoʻq.</translation>
    </message>
    <message>
        <source>The sheet has no {version} column, so changes made in the app since the export cannot be detected; its values are imported as they are.</source>
        <translation>Varaqda {version} ustuni yoʻq, shu sababli eksportdan keyin dasturda kiritilgan oʻzgarishlarni aniqlab boʻlmaydi; qiymatlar oʻz holicha import qilinadi.</translation>
    </message>
    <message>
        <source>The file does not say which assessment it was exported from (&apos;{text}&apos; cannot be read); its rows are matched by code to the elements of &apos;{name}&apos;.</source>
        <translation>Faylda u qaysi baholashdan eksport qilingani koʻrsatilmagan (&apos;{text}&apos; oʻqib boʻlmadi); uning qatorlari kod boʻyicha &apos;{name}&apos; elementlariga moslashtiriladi.</translation>
    </message>
    <message>
        <source>The file does not say which assessment it was exported from; its rows are matched by code to the elements of &apos;{name}&apos;.</source>
        <translation>Faylda u qaysi baholashdan eksport qilingani koʻrsatilmagan; uning qatorlari kod boʻyicha &apos;{name}&apos; elementlariga moslashtiriladi.</translation>
    </message>
    <message>
        <source>The file was exported from assessment &apos;{other}&apos;, not from &apos;{name}&apos;; choose that assessment to import it, or export &apos;{name}&apos; again.</source>
        <translation>Fayl &apos;{name}&apos; emas, &apos;{other}&apos; baholashidan eksport qilingan; uni import qilish uchun oʻsha baholashni tanlang yoki &apos;{name}&apos; baholashini qayta eksport qiling.</translation>
    </message>
    <message>
        <source>The file was exported from an assessment that is not in this project (id {id}), not from &apos;{name}&apos;; choose that assessment to import it, or export &apos;{name}&apos; again.</source>
        <translation>Fayl &apos;{name}&apos; emas, ushbu loyihada mavjud boʻlmagan baholashdan (id {id}) eksport qilingan; uni import qilish uchun oʻsha baholashni tanlang yoki &apos;{name}&apos; baholashini qayta eksport qiling.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>kimdir</translation>
    </message>
    <message>
        <source>{count:,} elements were changed in the project after the preview (first {code}, by {who}); nothing was imported. Preview the file again to see what changed.</source>
        <translation>Oldindan koʻrishdan keyin loyihada {count:,} ta element oʻzgartirildi (birinchisi {code}, {who} tomonidan); hech narsa import qilinmadi. Nima oʻzgarganini koʻrish uchun faylni qayta oldindan koʻring.</translation>
    </message>
    <message>
        <source>1 element was changed in the project after the preview (first {code}, by {who}); nothing was imported. Preview the file again to see what changed.</source>
        <translation>Oldindan koʻrishdan keyin loyihada 1 ta element oʻzgartirildi ({code}, {who} tomonidan); hech narsa import qilinmadi. Nima oʻzgarganini koʻrish uchun faylni qayta oldindan koʻring.</translation>
    </message>
    <message>
        <source>Row {row}, {code}: {who} changed it in the app on {when} UTC, after the file was exported; its {fields} from the file were not imported.</source>
        <translation>{row}-qator, {code}: {who} uni {when} UTC da, fayl eksport qilingandan keyin dasturda oʻzgartirgan; fayldagi {fields} qiymatlari import qilinmadi.</translation>
    </message>
    <message>
        <source>Row {row}, {code}: {who} changed it in the app, after the file was exported; its {fields} from the file were not imported.</source>
        <translation>{row}-qator, {code}: {who} uni fayl eksport qilingandan keyin dasturda oʻzgartirgan; fayldagi {fields} qiymatlari import qilinmadi.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Kimdir</translation>
    </message>
    <message>
        <source>Row {row}, {code}: {field} was cut in the export; kept as stored ({length:,} characters).</source>
        <translation>{row}-qator, {code}: «{field}» eksportda qisqartirilgan; saqlanganicha qoldirildi ({length:,} belgi).</translation>
    </message>
    <message>
        <source>The file has no sheet named &apos;{sheet}&apos; (its sheets are: {listed}); expected a workbook exported from Accredit Tracker as an Excel report.</source>
        <translation>Faylda &apos;{sheet}&apos; nomli varaq yoʻq (undagi varaqlar: {listed}); Accredit Tracker dasturidan Excel hisoboti sifatida eksport qilingan ish kitobi kutilgan edi.</translation>
    </message>
    <message>
        <source>expected a result: {expected}; found &apos;{found}&apos;.</source>
        <translation>natija kutilgan edi: {expected}; &apos;{found}&apos; topildi.</translation>
    </message>
    <message>
        <source>expected a status: {expected}; found &apos;{found}&apos;.</source>
        <translation>holat kutilgan edi: {expected}; &apos;{found}&apos; topildi.</translation>
    </message>
    <message>
        <source>expected a date such as 2026-12-31; found &apos;{found}&apos;.</source>
        <translation>2026-12-31 kabi sana kutilgan edi; &apos;{found}&apos; topildi.</translation>
    </message>
    <message>
        <source>expected the version the export wrote, a whole number such as 3; found &apos;{found}&apos;.</source>
        <translation>eksportda yozilgan versiya, yaʼni 3 kabi butun son kutilgan edi; &apos;{found}&apos; topildi.</translation>
    </message>
    <message>
        <source>the row has no code, so it cannot be matched.</source>
        <translation>qatorda kod yoʻq, shu sababli uni moslashtirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>No header row with &apos;{code}&apos; and &apos;{result}&apos; was found in the first {rows} rows; expected the {sheet} sheet as Accredit Tracker exports it, with the headers {headers}.</source>
        <translation>Dastlabki {rows} ta qatorda &apos;{code}&apos; va &apos;{result}&apos; ustunlari boʻlgan sarlavha qatori topilmadi; Accredit Tracker eksport qiladigan koʻrinishdagi, {headers} sarlavhalari bor {sheet} varagʻi kutilgan edi.</translation>
    </message>
    <message>
        <source>Take back results from %s</source>
        <translation>%s faylidan natijalarni qaytarib olish</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt;, sheet &apos;%s&apos;: %s rows read. &lt;b&gt;%s changes to %s elements&lt;/b&gt; will be applied; %s rows change nothing. Not applied: %s conflicts, %s rows that match no element, %s problems. Blank cells never erase anything.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;, &apos;%s&apos; varagʻi: %s ta qator oʻqildi. &lt;b&gt;%s ta oʻzgarish (%s ta elementga)&lt;/b&gt; qoʻllanadi; %s ta qator hech narsani oʻzgartirmaydi. Qoʻllanmaydi: %s ta ziddiyat, hech bir elementga mos kelmaydigan %s ta qator, %s ta muammo. Boʻsh kataklar hech qachon hech narsani oʻchirmaydi.</translation>
    </message>
    <message>
        <source>Only the Elements sheet is read: the Gaps sheet is locked in the export and never taken back. Type %s in an Owner, Department, Due date or Notes cell to erase it.</source>
        <translation>Faqat «Elementlar» varagʻi oʻqiladi: «Kamchiliklar» varagʻi eksportda qulflanadi va hech qachon qaytarib olinmaydi. Masʼul, Boʻlim, Muddat yoki Izohlar katagini oʻchirish uchun unga %s deb yozing.</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(tozalandi)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hozir</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Fayldan</translation>
    </message>
    <message>
        <source>Changes (%s)</source>
        <translation>Oʻzgarishlar (%s)</translation>
    </message>
    <message>
        <source>Changed in the app by</source>
        <translation>Dasturda kim oʻzgartirgan</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Import qilinmagan</translation>
    </message>
    <message>
        <source>Conflicts (%s)</source>
        <translation>Ziddiyatlar (%s)</translation>
    </message>
    <message>
        <source>Code in the file</source>
        <translation>Fayldagi kod</translation>
    </message>
    <message>
        <source>Not matched (%s)</source>
        <translation>Mos kelmaganlar (%s)</translation>
    </message>
    <message>
        <source>Kept as stored</source>
        <translation>Saqlanganicha qoldirildi</translation>
    </message>
    <message>
        <source>cut in the export; kept as stored (%s characters)</source>
        <translation>eksportda qisqartirilgan; saqlanganicha qoldirildi (%s belgi)</translation>
    </message>
    <message>
        <source>Cut in the export (%s)</source>
        <translation>Eksportda qisqartirilgan (%s)</translation>
    </message>
    <message>
        <source>Problems (%s)</source>
        <translation>Muammolar (%s)</translation>
    </message>
    <message>
        <source>Warnings (%s)</source>
        <translation>Ogohlantirishlar (%s)</translation>
    </message>
    <message>
        <source>Take back results from a report</source>
        <translation>Hisobotdan natijalarni qaytarib olish</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.xls);;All files (*)</source>
        <translation>Elektron jadvallar (*.xlsx *.xlsm *.ods *.xls);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Reading %s</source>
        <translation>%s oʻqilmoqda</translation>
    </message>
    <message>
        <source>Results not taken back</source>
        <translation>Natijalar qaytarib olinmadi</translation>
    </message>
    <message>
        <source>%s cannot be taken back; nothing was changed.</source>
        <translation>%s faylidan natijalarni qaytarib olib boʻlmaydi; hech narsa oʻzgartirilmadi.</translation>
    </message>
    <message>
        <source>{code}: {fields} differ from the project here, but only the {sheet} sheet is taken back; type the change there.</source>
        <translation>{code}: bu yerda {fields} loyihadagidan farq qiladi, lekin faqat «{sheet}» varagʻi qaytarib olinadi; oʻzgarishni oʻsha yerda kiriting.</translation>
    </message>
</context>
<context>
    <name>ResultsImportDialog</name>
    <message numerus="yes">
        <source>Apply %Ln change(s)</source>
        <translation>
            <numerusform>%Ln ta oʻzgarishni qoʻllash</numerusform>
            <numerusform>%Ln ta oʻzgarishni qoʻllash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>There is no role &apos;{role}&apos;; the roles are: {roles}.</source>
        <translation>“{role}” nomli rol yoʻq; mavjud rollar: {roles}.</translation>
    </message>
    <message>
        <source>The project&apos;s roles are named after its database and schema, so these may hold only letters, digits, &apos;_&apos; and &apos;-&apos;; &apos;{name}&apos; does not.</source>
        <translation>Loyiha rollari uning maʼlumotlar bazasi va sxemasi nomi bilan ataladi, shuning uchun bu nomlarda faqat harflar, raqamlar, &apos;_&apos; va &apos;-&apos; boʻlishi mumkin; “{name}” bu shartga mos kelmaydi.</translation>
    </message>
    <message>
        <source>The role name {name} would be longer than PostgreSQL&apos;s 63 bytes; use a shorter database or schema name for the shared project.</source>
        <translation>{name} rol nomi PostgreSQL ruxsat beradigan 63 baytdan uzun boʻlib qoladi; umumiy loyiha uchun qisqaroq maʼlumotlar bazasi yoki sxema nomidan foydalaning.</translation>
    </message>
    <message>
        <source>The role {name} already exists on this server but was not made for this project; drop or rename it, or use another database name.</source>
        <translation>{name} roli bu serverda allaqachon mavjud, lekin u ushbu loyiha uchun yaratilmagan; uni oʻchiring yoki qayta nomlang yoxud boshqa maʼlumotlar bazasi nomidan foydalaning.</translation>
    </message>
    <message>
        <source>The audit trail of a shared project cannot be changed or deleted, by any account.</source>
        <translation>Umumiy loyihaning oʻzgarishlar jurnalini hech qaysi hisob oʻzgartira yoki oʻchira olmaydi.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nomaʼlum</translation>
    </message>
    <message>
        <source>Your account ({account}) may not make this change to this shared project; ask the project&apos;s administrator.</source>
        <translation>Hisobingiz ({account}) ushbu umumiy loyihada bu oʻzgarishni kiritish huquqiga ega emas; loyiha administratoriga murojaat qiling.</translation>
    </message>
    <message>
        <source>Your account ({account}) may not change this shared project: {action} needs the {role} role; ask the project&apos;s administrator.</source>
        <translation>Hisobingiz ({account}) ushbu umumiy loyihani oʻzgartira olmaydi: {action} uchun {role} roli kerak; loyiha administratoriga murojaat qiling.</translation>
    </message>
    <message>
        <source>An evidence file&apos;s stored content cannot be changed, by any account: it stays exactly as it was attached. Attach the new version as a file of its own.</source>
        <translation>Dalil faylining saqlangan mazmunini hech bir hisob oʻzgartira olmaydi: u biriktirilganidek qoladi. Yangi versiyani alohida fayl sifatida biriktiring.</translation>
    </message>
    <message>
        <source>This shared project does not allow that change: an assessment&apos;s elements are made when it is created, and a standards library is changed only by importing it.</source>
        <translation>Bu umumiy loyiha bunday oʻzgarishga yoʻl qoʻymaydi: baholash elementlari u yaratilganda hosil qilinadi, standartlar kutubxonasi esa faqat import orqali oʻzgaradi.</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>oʻquvchi</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>mutaxassis</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>egasi</translation>
    </message>
    <message>
        <source>upgrading it to this version of Accredit Tracker</source>
        <translation>uni Accredit Tracker dasturining ushbu versiyasiga yangilash</translation>
    </message>
    <message>
        <source>creating an assessment</source>
        <translation>baholash yaratish</translation>
    </message>
    <message>
        <source>changing results, work status, owners, departments, due dates or notes</source>
        <translation>natijalar, ish holati, masʼullar, boʻlimlar, muddatlar yoki izohlarni oʻzgartirish</translation>
    </message>
    <message>
        <source>deleting an evidence file</source>
        <translation>dalil faylini oʻchirish</translation>
    </message>
    <message>
        <source>unlinking evidence</source>
        <translation>dalil bogʻlanishini uzish</translation>
    </message>
    <message>
        <source>editing an evidence file&apos;s details</source>
        <translation>dalil fayli tafsilotlarini tahrirlash</translation>
    </message>
    <message>
        <source>attaching or linking evidence</source>
        <translation>dalillarni biriktirish yoki bogʻlash</translation>
    </message>
    <message>
        <source>locking or unlocking an assessment</source>
        <translation>baholashni qulflash yoki qulfdan chiqarish</translation>
    </message>
    <message>
        <source>choosing an assessment&apos;s scoring profile</source>
        <translation>baholash uchun baholash profilini tanlash</translation>
    </message>
    <message>
        <source>changing an assessment</source>
        <translation>baholashni oʻzgartirish</translation>
    </message>
    <message>
        <source>importing a standards library</source>
        <translation>standartlar kutubxonasini import qilish</translation>
    </message>
    <message>
        <source>adding a scoring profile</source>
        <translation>baholash profilini qoʻshish</translation>
    </message>
    <message>
        <source>changing the project&apos;s details</source>
        <translation>loyiha maʼlumotlarini oʻzgartirish</translation>
    </message>
    <message>
        <source>building a mapping between libraries</source>
        <translation>kutubxonalar mosligini tuzish</translation>
    </message>
    <message>
        <source>carrying values through a mapping or reviewing them</source>
        <translation>qiymatlarni moslik orqali koʻchirish yoki ularni tekshirish</translation>
    </message>
    <message>
        <source>deleting a tracer, a finding or an action</source>
        <translation>treyser, topilma yoki chora-tadbirni oʻchirish</translation>
    </message>
    <message>
        <source>recording tracers, findings or corrective actions</source>
        <translation>treyserlar, topilmalar yoki tuzatuvchi chora-tadbirlarni qayd etish</translation>
    </message>
    <message>
        <source>Roles are for projects shared on a PostgreSQL server.</source>
        <translation>Rollar PostgreSQL serveridagi umumiy loyihalar uchun moʻljallangan.</translation>
    </message>
    <message>
        <source>The schema named in {url} does not exist on the server.</source>
        <translation>{url} manzilida koʻrsatilgan sxema serverda mavjud emas.</translation>
    </message>
    <message>
        <source>{url} holds no Accredit Tracker project; create it first (accredit create), then its roles.</source>
        <translation>{url} manzilida Accredit Tracker loyihasi yoʻq; avval loyihani (accredit create), soʻng uning rollarini yarating.</translation>
    </message>
    <message>
        <source>This project has no roles yet (e.g. {name} is missing); create them first (accredit roles create).</source>
        <translation>Bu loyihada hali rollar yoʻq (masalan, {name} mavjud emas); avval ularni yarating (accredit roles create).</translation>
    </message>
    <message>
        <source>There is no account named {login} on this server; create it first (CREATE ROLE … LOGIN PASSWORD …).</source>
        <translation>Bu serverda {login} nomli hisob yoʻq; avval uni yarating (CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>{login} is one of the project&apos;s own roles, not an account.</source>
        <translation>{login} — hisob emas, loyihaning oʻz rollaridan biri.</translation>
    </message>
</context>
<context>
    <name>ScoreLabel</name>
    <message>
        <source>%s: %s — %s</source>
        <translation>%s: %s — %s</translation>
    </message>
    <message>
        <source> (provisional: %s not assessed)</source>
        <translation> (vaqtinchalik: %s ta baholanmagan)</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>No applicable elements</source>
        <translation>Taalluqli elementlar yoʻq</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Boshlanmagan</translation>
    </message>
    <message>
        <source>1 standard scores below {threshold}: {codes}</source>
        <translation>1 ta standart balli {threshold} dan past: {codes}</translation>
    </message>
    <message>
        <source>{count} standards score below {threshold}: {codes}</source>
        <translation>{count} ta standart balli {threshold} dan past: {codes}</translation>
    </message>
    <message>
        <source>1 chapter scores below {threshold}: {chapters}</source>
        <translation>1 ta bob balli {threshold} dan past: {chapters}</translation>
    </message>
    <message>
        <source>{count} chapters score below {threshold}: {chapters}</source>
        <translation>{count} ta bob balli {threshold} dan past: {chapters}</translation>
    </message>
    <message>
        <source>1 chapter has too little assessed: {codes}</source>
        <translation>1 ta bob yetarlicha baholanmagan: {codes}</translation>
    </message>
    <message>
        <source>{count} chapters have too little assessed: {codes}</source>
        <translation>{count} ta bob yetarlicha baholanmagan: {codes}</translation>
    </message>
    <message>
        <source>1 standard has too little assessed: {codes}</source>
        <translation>1 ta standart yetarlicha baholanmagan: {codes}</translation>
    </message>
    <message>
        <source>{count} standards have too little assessed: {codes}</source>
        <translation>{count} ta standart yetarlicha baholanmagan: {codes}</translation>
    </message>
    <message>
        <source>{assessed} of {applicable} applicable elements assessed</source>
        <translation>{applicable} ta tegishli elementdan {assessed} tasi baholangan</translation>
    </message>
    <message>
        <source>the overall score {score} is below {threshold}</source>
        <translation>umumiy ball {score} chegara {threshold} dan past</translation>
    </message>
    <message>
        <source>Does not meet the accreditation thresholds</source>
        <translation>Akkreditatsiya chegaralariga javob bermaydi</translation>
    </message>
    <message>
        <source>Meets the accreditation thresholds</source>
        <translation>Akkreditatsiya chegaralariga javob beradi</translation>
    </message>
    <message>
        <source>Not enough assessed</source>
        <translation>Yetarlicha baholanmagan</translation>
    </message>
    <message>
        <source>overall below {threshold} % ({score})</source>
        <translation>umumiy ball {threshold} % dan past ({score})</translation>
    </message>
</context>
<context>
    <name>SharedProjectDialog</name>
    <message>
        <source>Open shared project</source>
        <translation>Umumiy loyihani ochish</translation>
    </message>
    <message>
        <source>database server, e.g. quality-db.hospital.local</source>
        <translation>maʼlumotlar bazasi serveri, masalan, quality-db.hospital.local</translation>
    </message>
    <message>
        <source>the project&apos;s database</source>
        <translation>loyihaning maʼlumotlar bazasi</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Parolni tizimning parollar omborida saqlash</translation>
    </message>
    <message>
        <source>This computer has no system keyring; the password is asked each time.</source>
        <translation>Bu kompyuterda tizimning parollar ombori yoʻq; parol har safar soʻraladi.</translation>
    </message>
    <message>
        <source>only if the administrator names one</source>
        <translation>faqat administrator koʻrsatgan boʻlsa</translation>
    </message>
    <message>
        <source>Your department&apos;s database administrator gives you these. The password is never stored in Accredit Tracker&apos;s settings.</source>
        <translation>Bu maʼlumotlarni boʻlimingizning maʼlumotlar bazasi administratori beradi. Parol hech qachon Accredit Tracker sozlamalarida saqlanmaydi.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Maʼlumotlar bazasi</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Sxema</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Foydalanuvchi nomi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <source>Standards</source>
        <translation>Standartlar</translation>
    </message>
    <message>
        <source>The measurable elements the facility is assessed against, read once.</source>
        <translation>Muassasa baholanadigan oʻlchanadigan elementlar; bir marta oʻqiladi.</translation>
    </message>
    <message>
        <source>Read the standards</source>
        <translation>Standartlarni oʻqish</translation>
    </message>
    <message>
        <source>Import a spreadsheet of our standards (Excel, OpenDocument or CSV)</source>
        <translation>Standartlarimiz jadvalini import qilish (Excel, OpenDocument yoki CSV)</translation>
    </message>
    <message>
        <source>Start with the bundled demo library (synthetic text, to try the application)</source>
        <translation>Ilova bilan kelgan namoyish kutubxonasidan boshlash (shartli matn, dasturni sinab koʻrish uchun)</translation>
    </message>
    <message>
        <source>Save a template workbook…</source>
        <translation>Shablon kitobni saqlash…</translation>
    </message>
    <message>
        <source>No spreadsheet of your standards yet? Save the template workbook, fill in one row per measurable element, and import it here.</source>
        <translation>Standartlaringiz jadvali hali yoʻqmi? Shablonni saqlang, har bir oʻlchanadigan element uchun bitta qator toʻldiring va shu yerda import qiling.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel kitoblari (*.xlsx)</translation>
    </message>
    <message>
        <source>Standards template.xlsx</source>
        <translation>Standartlar shabloni.xlsx</translation>
    </message>
    <message>
        <source>Save template workbook</source>
        <translation>Shablon kitobni saqlash</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Shablon saqlanmadi</translation>
    </message>
    <message>
        <source>The template was saved to %s. Fill it in, save it, and import it here with the first choice.</source>
        <translation>Shablon %s ga saqlandi. Uni toʻldiring, saqlang va shu yerda birinchi variant bilan import qiling.</translation>
    </message>
    <message>
        <source>Reading the demo library</source>
        <translation>Namoyish kutubxonasi oʻqilmoqda</translation>
    </message>
    <message>
        <source>Standards not read</source>
        <translation>Standartlar oʻqilmadi</translation>
    </message>
</context>
<context>
    <name>StandardsTemplate</name>
    <message>
        <source>How to fill in</source>
        <translation>Qanday toʻldirish</translation>
    </message>
    <message>
        <source>One row on the Standards sheet for each measurable element of your standards.</source>
        <translation>Standards varagʻida standartlaringizning har bir oʻlchanadigan elementi uchun bitta qator.</translation>
    </message>
    <message>
        <source>Chapter: a short code such as IPSG; Standard: its code such as IPSG.1; ME: the element&apos;s number within its standard.</source>
        <translation>Chapter — bobning qisqa kodi, masalan IPSG; Standard — standart kodi, masalan IPSG.1; ME — elementning oʻz standartidagi raqami.</translation>
    </message>
    <message>
        <source>Replace the two example rows, keep the header row, save the file, then use File → Import standards.</source>
        <translation>Ikki namuna qatorini almashtiring, sarlavha qatorini qoldiring, faylni saqlang, soʻng Fayl → Standartlarni import qilish ni tanlang.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Accredit Tracker&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Accredit Tracker&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Track the facility&apos;s readiness for accreditation: every measurable element of the standards, its result, owner and evidence, and the report for the survey.</source>
        <translation>Muassasaning akkreditatsiyaga tayyorligini kuzating: standartlarning har bir oʻlchanadigan elementi, uning natijasi, masʼuli va dalillari hamda tekshiruv uchun hisobot.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Namoyish loyihasini ochish</translation>
    </message>
    <message>
        <source>A demo hospital with synthetic standards and a mock survey half done</source>
        <translation>Shartli standartlar va yarmi bajarilgan sinov tekshiruviga ega namoyish shifoxonasi</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Yangi loyiha…</translation>
    </message>
    <message>
        <source>Your facility, its standards and a first assessment, step by step</source>
        <translation>Muassasangiz, uning standartlari va birinchi baholash — qadamma-qadam</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Loyihani ochish…</translation>
    </message>
    <message>
        <source>A project file on this computer</source>
        <translation>Shu kompyuterdagi loyiha fayli</translation>
    </message>
    <message>
        <source>Open shared project…</source>
        <translation>Umumiy loyihani ochish…</translation>
    </message>
    <message>
        <source>A project kept on the hospital&apos;s database server</source>
        <translation>Shifoxonaning maʼlumotlar bazasi serveridagi loyiha</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Soʻnggi loyihalar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet: the projects you open are listed here.</source>
        <translation>Hozircha yoʻq: siz ochgan loyihalar shu yerda koʻrsatiladi.</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions for %s</source>
        <translation>%s uchun takliflar</translation>
    </message>
    <message>
        <source>These elements of the earlier assessment bear on %s through the mapping. Accepting one gives %s its result and links its evidence; nothing is set without your decision.</source>
        <translation>Oldingi baholashning bu elementlari moslik orqali %s ga tegishli. Birini qabul qilsangiz, %s uning natijasini oladi va dalillari bogʻlanadi; sizning qaroringizsiz hech narsa oʻrnatilmaydi.</translation>
    </message>
    <message>
        <source>Source element</source>
        <translation>Manba elementi</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Bogʻliqlik</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dalillar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Qaror</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Qabul qilish</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rad etish</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochiq</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Qabul qilingan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rad etilgan</translation>
    </message>
</context>
<context>
    <name>TracerActions</name>
    <message>
        <source>New &amp;tracer…</source>
        <translation>Yangi &amp;treyser…</translation>
    </message>
    <message>
        <source>Record &amp;finding…</source>
        <translation>&amp;Topilmani qayd etish…</translation>
    </message>
    <message>
        <source>Accept finding into the checklist</source>
        <translation>Topilmani nazorat roʻyxatiga qabul qilish</translation>
    </message>
    <message>
        <source>Raise corrective &amp;action…</source>
        <translation>Tuzatuvchi &amp;chora-tadbir…</translation>
    </message>
    <message>
        <source>&amp;Verify action…</source>
        <translation>Chora-tadbirni &amp;tekshirish…</translation>
    </message>
    <message>
        <source>&amp;My work…</source>
        <translation>&amp;Mening ishlarim…</translation>
    </message>
    <message>
        <source>Export &amp;improvement plan…</source>
        <translation>Takomillashtirish &amp;rejasini eksport qilish…</translation>
    </message>
</context>
<context>
    <name>TracerDeletion</name>
    <message>
        <source>Delete…</source>
        <translation>Oʻchirish…</translation>
    </message>
    <message>
        <source>Edit → Undo puts it back.</source>
        <translation>Tahrirlash → Bekor qilish uni qaytaradi.</translation>
    </message>
    <message>
        <source>Evidence files stay in the project.</source>
        <translation>Dalil fayllari loyihada qoladi.</translation>
    </message>
    <message>
        <source>Tracer not deleted</source>
        <translation>Treyser oʻchirilmadi</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tracer “%1” and its %n finding(s)?</source>
        <translation>
            <numerusform>“%1” treyserini va uning %n ta topilmasini oʻchirasizmi?</numerusform>
            <numerusform>“%1” treyserini va uning %n ta topilmasini oʻchirasizmi?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were accepted into the checklist; the results they set stay.</source>
        <translation>
            <numerusform>Ulardan %n tasi nazorat roʻyxatiga qabul qilingan; ular qoʻygan natijalar qoladi.</numerusform>
            <numerusform>Ulardan %n tasi nazorat roʻyxatiga qabul qilingan; ular qoʻygan natijalar qoladi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tracer “%1”? It has no findings.</source>
        <translation>“%1” treyserini oʻchirasizmi? Unda topilmalar yoʻq.</translation>
    </message>
    <message>
        <source>Delete tracer</source>
        <translation>Treyserni oʻchirish</translation>
    </message>
    <message>
        <source>Delete tracer %s</source>
        <translation>%s-treyserni oʻchirish</translation>
    </message>
    <message numerus="yes">
        <source>The %n corrective action(s) answering them stay, no longer tied to a finding.</source>
        <translation>
            <numerusform>Ularga javob boʻlgan %n ta tuzatuvchi chora-tadbir qoladi, endi topilmaga bogʻlanmagan holda.</numerusform>
            <numerusform>Ularga javob boʻlgan %n ta tuzatuvchi chora-tadbir qoladi, endi topilmaga bogʻlanmagan holda.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was accepted into the checklist; the results it set stay.</source>
        <translation>U nazorat roʻyxatiga qabul qilingan; u qoʻygan natijalar qoladi.</translation>
    </message>
    <message>
        <source>Delete the finding “%1” on %2? Corrective actions answering it stay.</source>
        <translation>%2 boʻyicha “%1” topilmasini oʻchirasizmi? Unga javob boʻlgan tuzatuvchi chora-tadbirlar qoladi.</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Topilmani oʻchirish</translation>
    </message>
    <message>
        <source>Finding not deleted</source>
        <translation>Topilma oʻchirilmadi</translation>
    </message>
    <message>
        <source>Delete finding %s</source>
        <translation>%s-topilmani oʻchirish</translation>
    </message>
    <message>
        <source>Delete the corrective action “%1” for %2?</source>
        <translation>%2 boʻyicha “%1” tuzatuvchi chora-tadbirini oʻchirasizmi?</translation>
    </message>
    <message>
        <source>Delete corrective action</source>
        <translation>Tuzatuvchi chora-tadbirni oʻchirish</translation>
    </message>
    <message>
        <source>Action not deleted</source>
        <translation>Chora-tadbir oʻchirilmadi</translation>
    </message>
    <message>
        <source>Delete action %s</source>
        <translation>%s-chora-tadbirni oʻchirish</translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation>Qaytarilmadi</translation>
    </message>
</context>
<context>
    <name>TracerDialog</name>
    <message>
        <source>New tracer</source>
        <translation>Yangi treyser</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Belgilash</translation>
    </message>
    <message>
        <source>e.g. Emergency, Ward 3, Pharmacy</source>
        <translation>masalan, qabulxona, 3-boʻlim, dorixona</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Kim oʻtkazadi</translation>
    </message>
    <message>
        <source>The patient&apos;s pathway, without name or record number, or the system followed</source>
        <translation>Bemor yoʻli (ism va karta raqamisiz) yoki kuzatiladigan tizim</translation>
    </message>
    <message>
        <source>Chapters, standards or tags, separated by &apos;;&apos;</source>
        <translation>Boblar, standartlar yoki teglar, &apos;;&apos; bilan ajratilgan</translation>
    </message>
    <message>
        <source>Their elements are listed on the tracer&apos;s worksheet</source>
        <translation>Ularning elementlari treyser ish varagʻida roʻyxatlanadi</translation>
    </message>
    <message>
        <source>Held already</source>
        <translation>Allaqachon oʻtkazilgan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Boʻlimlar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Ishtirokchilar</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Yoʻnalish</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Ish varagʻi</translation>
    </message>
    <message>
        <source>Tracer not saved</source>
        <translation>Treyser saqlanmadi</translation>
    </message>
</context>
<context>
    <name>TracerTableModel</name>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Yoʻnalish</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Boʻlimlar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Topilmalar</translation>
    </message>
</context>
<context>
    <name>TracerWorksheet</name>
    <message>
        <source>Tracer worksheet</source>
        <translation>Treyser ish varagʻi</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Baholash</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Boʻlimlar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Ishtirokchilar</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Qamrov</translation>
    </message>
    <message>
        <source>Typical evidence</source>
        <translation>Odatiy dalillar</translation>
    </message>
    <message>
        <source>Seen, heard, read</source>
        <translation>Koʻrildi, eshitildi, oʻqildi</translation>
    </message>
    <message>
        <source>No elements: give the tracer a scope (chapters, standards or tags) to list their elements here.</source>
        <translation>Elementlar yoʻq: ularni shu yerda roʻyxatlash uchun treyser qamrovini (boblar, standartlar yoki teglar) belgilang.</translation>
    </message>
</context>
<context>
    <name>Tracers</name>
    <message>
        <source>Action {id} is gone; someone may have deleted it.</source>
        <translation>{id}-chora-tadbir yoʻq; uni kimdir oʻchirgan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>An action cannot be due ({due}) before it was opened ({opened}).</source>
        <translation>Chora-tadbir muddati ({due}) u ochilgan kundan ({opened}) oldin boʻlishi mumkin emas.</translation>
    </message>
    <message>
        <source>An action needs to say what will be done.</source>
        <translation>Chora-tadbirda nima qilinishi koʻrsatilishi kerak.</translation>
    </message>
    <message>
        <source>Finding {id} is not part of this assessment.</source>
        <translation>{id}-topilma bu baholashga kirmaydi.</translation>
    </message>
    <message>
        <source>Whether an action was effective is recorded by verifying it.</source>
        <translation>Chora-tadbir samaradorligi uni tekshirishda qayd etiladi.</translation>
    </message>
    <message>
        <source>Only an action that is done can be verified; action {id} is &apos;{status}&apos;.</source>
        <translation>Faqat bajarilgan chora-tadbirni tekshirish mumkin; {id}-chora-tadbir: «{status}».</translation>
    </message>
    <message>
        <source>An action cannot be verified ({on}) before it was opened ({opened}).</source>
        <translation>Chora-tadbirni u ochilgan kundan ({opened}) oldin ({on}) tekshirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Say who verified the action.</source>
        <translation>Chora-tadbirni kim tekshirganini koʻrsating.</translation>
    </message>
    <message>
        <source>Verification of action {id}</source>
        <translation>{id}-chora-tadbir tekshiruvi</translation>
    </message>
    <message>
        <source>Finding {id} is gone; someone may have deleted it.</source>
        <translation>{id}-topilma yoʻq; uni kimdir oʻchirgan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>Choose at least one measurable element it bears on.</source>
        <translation>U tegishli boʻlgan kamida bitta oʻlchanadigan elementni tanlang.</translation>
    </message>
    <message>
        <source>Element assessment {ids} is not part of this assessment.</source>
        <translation>{ids} element bahosi bu baholashga kirmaydi.</translation>
    </message>
    <message>
        <source>A finding needs a description of what was seen.</source>
        <translation>Topilmada nima koʻrilgani tavsiflanishi kerak.</translation>
    </message>
    <message>
        <source>A finding&apos;s compliance is met, partially met or not met.</source>
        <translation>Topilmadagi muvofiqlik: bajarilgan, qisman bajarilgan yoki bajarilmagan.</translation>
    </message>
    <message>
        <source>Finding {id}</source>
        <translation>{id}-topilma</translation>
    </message>
    <message>
        <source>Finding {id} was accepted already, by {who}.</source>
        <translation>{id}-topilma allaqachon qabul qilingan ({who}).</translation>
    </message>
    <message>
        <source>There is no assessment with id {id}.</source>
        <translation>ID raqami {id} boʻlgan baholash topilmadi.</translation>
    </message>
    <message>
        <source>Tracer {id} is gone; someone may have deleted it.</source>
        <translation>{id}-treyser yoʻq; uni kimdir oʻchirgan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>A tracer needs a focus: the patient&apos;s pathway or the system it follows.</source>
        <translation>Treyserning yoʻnalishi boʻlishi kerak: bemor yoʻli yoki kuzatiladigan tizim.</translation>
    </message>
    <message>
        <source>Individual patient tracer</source>
        <translation>Bemor treyseri</translation>
    </message>
    <message>
        <source>System tracer</source>
        <translation>Tizim treyseri</translation>
    </message>
    <message>
        <source>Environment round</source>
        <translation>Binolarni aylanib chiqish</translation>
    </message>
    <message>
        <source>Leadership interview</source>
        <translation>Rahbariyat bilan suhbat</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>Hujjatlarni tekshirish</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Rejalashtirilgan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bajarildi</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Cheklangan</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Takrorlanuvchi</translation>
    </message>
    <message>
        <source>Widespread</source>
        <translation>Keng tarqalgan</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Oʻrtacha</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yuqori</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Jarayonda</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <translation>Samaradorligi tasdiqlangan</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Samarasiz</translation>
    </message>
    <message>
        <source>Finding {id} is there already; nothing was put back.</source>
        <translation>{id}-topilma allaqachon bor; hech narsa qaytarilmadi.</translation>
    </message>
    <message>
        <source>Tracer {id} is there already; nothing was put back.</source>
        <translation>{id}-treyser allaqachon bor; hech narsa qaytarilmadi.</translation>
    </message>
    <message>
        <source>Action {id} is there already; nothing was put back.</source>
        <translation>{id}-chora-tadbir allaqachon bor; hech narsa qaytarilmadi.</translation>
    </message>
</context>
<context>
    <name>TracersView</name>
    <message>
        <source>New tracer…</source>
        <translation>Yangi treyser…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Oʻtkazilgan deb belgilash</translation>
    </message>
    <message>
        <source>Record finding…</source>
        <translation>Topilmani qayd etish…</translation>
    </message>
    <message>
        <source>Worksheet PDF…</source>
        <translation>Ish varagʻi PDF…</translation>
    </message>
    <message>
        <source>The elements of the tracer&apos;s scope with room to write, for the round</source>
        <translation>Treyser qamrovidagi elementlar, yozish uchun joy bilan, aylanib chiqish uchun</translation>
    </message>
    <message>
        <source>Accept into checklist</source>
        <translation>Nazorat roʻyxatiga qabul qilish</translation>
    </message>
    <message>
        <source>Set the finding&apos;s elements to its observed compliance (can be undone)</source>
        <translation>Topilma elementlariga kuzatilgan muvofiqlikni qoʻyish (bekor qilish mumkin)</translation>
    </message>
    <message>
        <source>Raise action…</source>
        <translation>Yangi chora-tadbir…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Boshlash</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bajarildi</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Tekshirish…</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Faqat muddati oʻtganlar</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Tuzatuvchi chora-tadbirlar</translation>
    </message>
    <message numerus="yes">
        <source>Findings of the chosen tracer: %n</source>
        <translation>
            <numerusform>Tanlangan treyser topilmalari: %n</numerusform>
            <numerusform>Tanlangan treyser topilmalari: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a tracer with New tracer, then record its findings.</source>
        <translation>«Yangi treyser» tugmasi bilan treyserni rejalashtiring, soʻng uning topilmalarini qayd eting.</translation>
    </message>
    <message>
        <source>Tracer not changed</source>
        <translation>Treyser oʻzgartirilmadi</translation>
    </message>
    <message>
        <source>Tracer worksheet %s.pdf</source>
        <translation>Treyser ish varagʻi %s.pdf</translation>
    </message>
    <message>
        <source>Save the tracer worksheet</source>
        <translation>Treyser ish varagʻini saqlash</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF hujjatlar (*.pdf)</translation>
    </message>
    <message>
        <source>Action not changed</source>
        <translation>Chora-tadbir oʻzgartirilmadi</translation>
    </message>
    <message>
        <source>Accept finding %s</source>
        <translation>%s-topilmani qabul qilish</translation>
    </message>
    <message>
        <source>Finding not accepted</source>
        <translation>Topilma qabul qilinmadi</translation>
    </message>
    <message>
        <source>Acceptance not undone</source>
        <translation>Qabul qilish bekor qilinmadi</translation>
    </message>
</context>
<context>
    <name>TrailModel</name>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Old → New</source>
        <translation>Eski → Yangi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tafsilotlar</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>{url} holds no Accredit Tracker project.</source>
        <translation>{url} manzilida Accredit Tracker loyihasi yoʻq.</translation>
    </message>
    <message>
        <source>{source} is at schema {revision}, not this version&apos;s {head}; open it once with this version of Accredit Tracker (which updates it), then copy it.</source>
        <translation>{source} loyihasining sxemasi {revision}, ushbu versiyaniki esa {head}; uni avval Accredit Tracker dasturining ushbu versiyasida bir marta oching (dastur uni yangilaydi), soʻng nusxalang.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} mavjud emas yoki fayl emas.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} faylini oʻqib boʻlmadi: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not an Accredit Tracker project.</source>
        <translation>{name} Accredit Tracker loyihasi emas.</translation>
    </message>
    <message>
        <source>{path} already exists; copy the project to a new file name.</source>
        <translation>{path} allaqachon mavjud; loyihani yangi nomli faylga nusxalang.</translation>
    </message>
    <message>
        <source>Cannot create {name}: the folder {folder} does not exist.</source>
        <translation>{name} faylini yaratib boʻlmadi: {folder} papkasi mavjud emas.</translation>
    </message>
    <message>
        <source>{path} appeared while the project was being copied; it is left alone.</source>
        <translation>Loyiha nusxalanayotganda {path} paydo boʻldi; unga tegilmadi.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} faylini yozib boʻlmadi: {reason}.</translation>
    </message>
    <message>
        <source>{url} already holds tables ({tables}); copy the project into an empty database (or schema) of its own.</source>
        <translation>{url} manzilida allaqachon jadvallar mavjud ({tables}); loyihani alohida boʻsh maʼlumotlar bazasiga (yoki sxemaga) nusxalang.</translation>
    </message>
    <message>
        <source>Cannot copy the project to {target}: {reason}</source>
        <translation>Loyihani {target} manziliga nusxalab boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the shared project {url}: {reason}</source>
        <translation>{url} umumiy loyihasini oʻqib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>The source&apos;s stored evidence is damaged, so it was not copied: {problems}. Run Evidence → Verify stored files on the source and restore those files from a backup.</source>
        <translation>Manbada saqlangan dalillar shikastlangan, shuning uchun nusxa olinmadi: {problems}. Manba loyihada “Dalillar → Saqlangan fayllarni tekshirish” buyrugʻini ishga tushiring va bu fayllarni zaxira nusxadan tiklang.</translation>
    </message>
    <message>
        <source>{table}: {source:,} rows in the source, {target:,} in the copy</source>
        <translation>{table}: manbada {source:,} ta qator, nusxada {target:,} ta</translation>
    </message>
    <message>
        <source>The copy does not match the source, so it was removed: {differences}.</source>
        <translation>Nusxa manbaga mos kelmaydi, shuning uchun u oʻchirildi: {differences}.</translation>
    </message>
    <message>
        <source>{table}: the row {key} of the source is not in the copy</source>
        <translation>{table}: manbadagi {key} qatori nusxada yoʻq</translation>
    </message>
    <message>
        <source>{table}: in the row {key}, {columns} differ ({shown})</source>
        <translation>{table}: {key} qatorida {columns} farq qiladi ({shown})</translation>
    </message>
    <message>
        <source>{table}: the copied rows differ from the source&apos;s</source>
        <translation>{table}: nusxalangan qatorlar manbadagilardan farq qiladi</translation>
    </message>
    <message>
        <source>{names} (SHA-256 {sha256}…): {problem}</source>
        <translation>{names} (SHA-256 {sha256}…): {problem}</translation>
    </message>
    <message>
        <source>SHA-256 {sha256}…: {problem}</source>
        <translation>SHA-256 {sha256}…: {problem}</translation>
    </message>
    <message>
        <source>every chunk is missing</source>
        <translation>barcha boʻlaklar yoʻq</translation>
    </message>
    <message>
        <source>chunks of content that is not recorded</source>
        <translation>qayd etilmagan mazmunning boʻlaklari</translation>
    </message>
    <message>
        <source>chunks missing</source>
        <translation>ayrim boʻlaklar yoʻq</translation>
    </message>
    <message>
        <source>{stored:,} of {size:,} bytes</source>
        <translation>{size:,} baytdan {stored:,} bayti</translation>
    </message>
    <message>
        <source>the bytes do not match the SHA-256</source>
        <translation>baytlar SHA-256 qiymatiga mos kelmaydi</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Foydalanuvchi qoʻllanmasi</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify action</source>
        <translation>Chora-tadbirni tekshirish</translation>
    </message>
    <message>
        <source>Effective: the measure of success was met</source>
        <translation>Samarali: muvaffaqiyat mezoniga erishildi</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Samarasiz</translation>
    </message>
    <message>
        <source>What the verification found</source>
        <translation>Tekshiruv nimani koʻrsatdi</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Dalil qoʻshish…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Tekshirilgan sana</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Kim tekshirgan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dalillar</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Dalil qoʻshish</translation>
    </message>
    <message>
        <source>Verification not saved</source>
        <translation>Tekshiruv saqlanmadi</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <source>To do</source>
        <translation>Rejada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Jarayonda</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tayyor</translation>
    </message>
</context>
<context>
    <name>_ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>%s of %s</source>
        <translation>%s / %s</translation>
    </message>
    <message>
        <source>%s so far</source>
        <translation>hozircha %s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bekor qilinmoqda…</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Chapter code</source>
        <translation>Bob kodi</translation>
    </message>
    <message>
        <source>Chapter title</source>
        <translation>Bob nomi</translation>
    </message>
    <message>
        <source>Standard code</source>
        <translation>Standart kodi</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>Standart matni</translation>
    </message>
    <message>
        <source>ME number</source>
        <translation>OE raqami</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Oʻlchanadigan element</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Boʻlim</translation>
    </message>
    <message>
        <source>Typical evidence</source>
        <translation>Odatiy dalillar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vazn</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>Ref ID</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
    <message>
        <source>Assessable</source>
        <translation>Baholanadigan</translation>
    </message>
    <message>
        <source>Kept as an attribute</source>
        <translation>Atribut sifatida saqlash</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Checking {name}</source>
        <translation>{name} tekshirilmoqda</translation>
    </message>
    <message>
        <source>Storing {name}</source>
        <translation>{name} loyihaga joylanmoqda</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>Dalillar eksport qilinmoqda</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <translation>{name} saqlanmoqda</translation>
    </message>
    <message>
        <source>Verifying evidence</source>
        <translation>Dalillar tekshirilmoqda</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Zaxira nusxa olinmoqda</translation>
    </message>
    <message>
        <source>Saving standards</source>
        <translation>Standartlar saqlanmoqda</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>Oʻzgarishlar jurnali yozilmoqda</translation>
    </message>
    <message>
        <source>Saving the audit trail</source>
        <translation>Oʻzgarishlar jurnali saqlanmoqda</translation>
    </message>
    <message>
        <source>Comparing the assessments</source>
        <translation>Baholashlar solishtirilmoqda</translation>
    </message>
    <message>
        <source>Writing the comparison</source>
        <translation>Solishtirish natijasi yozilmoqda</translation>
    </message>
    <message>
        <source>Saving the comparison</source>
        <translation>Solishtirish natijasi saqlanmoqda</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Hisobot yozilmoqda</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Hisobot saqlanmoqda</translation>
    </message>
    <message>
        <source>Writing the elements table</source>
        <translation>Elementlar jadvali yozilmoqda</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Fayl oʻqilmoqda</translation>
    </message>
    <message>
        <source>Comparing with the project</source>
        <translation>Loyiha bilan solishtirilmoqda</translation>
    </message>
    <message>
        <source>Reading the standards file</source>
        <translation>Standartlar fayli oʻqilmoqda</translation>
    </message>
    <message>
        <source>Copying the project</source>
        <translation>Loyiha nusxalanmoqda</translation>
    </message>
    <message>
        <source>Copying evidence</source>
        <translation>Dalillar nusxalanmoqda</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>Nusxa tekshirilmoqda</translation>
    </message>
    <message>
        <source>Checking the copied evidence</source>
        <translation>Nusxalangan dalillar tekshirilmoqda</translation>
    </message>
    <message>
        <source>Saving the evidence index</source>
        <translation>Dalillar roʻyxatini saqlash</translation>
    </message>
    <message>
        <source>Writing the improvement plan</source>
        <translation>Takomillashtirish rejasi yozilmoqda</translation>
    </message>
    <message>
        <source>Saving the improvement plan</source>
        <translation>Takomillashtirish rejasi saqlanmoqda</translation>
    </message>
    <message>
        <source>Writing the coverage</source>
        <translation>Qamrov yozilmoqda</translation>
    </message>
    <message>
        <source>Saving the coverage</source>
        <translation>Qamrov saqlanmoqda</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Namunaviy loyihani yaratib boʻlmadi</translation>
    </message>
</context>
</TS>
