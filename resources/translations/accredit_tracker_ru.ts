<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Raise corrective action</source>
        <translation>Корректирующее мероприятие</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Что будет сделано</translation>
    </message>
    <message>
        <source>Element codes, separated by &apos;;&apos;</source>
        <translation>Коды элементов через &apos;;&apos;</translation>
    </message>
    <message>
        <source>Why it happened, as the analysis found</source>
        <translation>Почему это произошло, по результатам анализа</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <source>e.g. 30 records audited monthly, ≥ 90 % compliant for 4 months in a row</source>
        <translation>напр. ежемесячный аудит 30 карт, ≥ 90 % соответствия 4 месяца подряд</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Критерий успеха</translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>Мероприятие не сохранено</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Критерий успеха</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>%s (overdue)</source>
        <translation>%s (просрочено)</translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <source>&amp;Scoring profile…</source>
        <translation>&amp;Профиль оценки…</translation>
    </message>
    <message>
        <source>&amp;Locked after the survey</source>
        <translation>&amp;Заблокирована после обследования</translation>
    </message>
    <message>
        <source>A locked assessment can be read and exported but not changed</source>
        <translation>Заблокированную оценку можно просматривать и экспортировать, но нельзя изменять</translation>
    </message>
    <message>
        <source>%s elements carried through the mapping, to review; %s with suggestions.</source>
        <translation>Перенесено через сопоставление элементов: %s (проверить); с предложениями: %s.</translation>
    </message>
    <message>
        <source>Lock &apos;%s&apos;? Nobody can then change its results, owners, notes or evidence, in this window, from the command line or by taking back a report, until it is unlocked. Reading and exporting it stay possible.</source>
        <translation>Заблокировать «%s»? После этого никто не сможет изменить её результаты, ответственных, заметки или доказательства — ни в этом окне, ни из командной строки, ни возвратом результатов из отчёта, — пока она не будет разблокирована. Просмотр и экспорт останутся доступны.</translation>
    </message>
    <message>
        <source>Unlock &apos;%s&apos; so that it can be changed again? This is recorded.</source>
        <translation>Разблокировать «%s», чтобы её снова можно было изменять? Это действие будет записано.</translation>
    </message>
    <message>
        <source>Lock assessment</source>
        <translation>Заблокировать оценку</translation>
    </message>
    <message>
        <source>Unlock assessment</source>
        <translation>Разблокировать оценку</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>An assessment needs a name.</source>
        <translation>У оценки должно быть название.</translation>
    </message>
    <message>
        <source>The survey cannot end ({ends}) before it starts ({starts}).</source>
        <translation>Обследование не может закончиться ({ends}) раньше, чем начнётся ({starts}).</translation>
    </message>
    <message>
        <source>There is no standards library with id {id}.</source>
        <translation>Нет библиотеки стандартов с идентификатором {id}.</translation>
    </message>
    <message>
        <source>There is no scoring profile named &apos;{key}&apos;.</source>
        <translation>Нет профиля оценки с именем «{key}».</translation>
    </message>
    <message>
        <source>The assessment to start from is not of the same library.</source>
        <translation>Исходная оценка относится к другой библиотеке стандартов.</translation>
    </message>
    <message>
        <source>Element assessment {id} is gone.</source>
        <translation>Оценка элемента {id} больше не существует.</translation>
    </message>
    <message>
        <source>Someone else saved some of these elements at the same moment; nothing was changed. Reload and try again.</source>
        <translation>Кто-то другой одновременно сохранил некоторые из этих элементов; ничего не изменено. Обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <source>There is no assessment with id {id}.</source>
        <translation>Нет оценки с идентификатором {id}.</translation>
    </message>
    <message>
        <source>There is no scoring profile with id {id}.</source>
        <translation>Нет профиля оценки с идентификатором {id}.</translation>
    </message>
    <message>
        <source>Assessment &apos;{name}&apos; is locked; unlock it first.</source>
        <translation>Оценка «{name}» заблокирована; сначала снимите блокировку.</translation>
    </message>
    <message>
        <source>It now says: {values}.</source>
        <translation>Сейчас сохранено: {values}.</translation>
    </message>
    <message>
        <source>{who} changed this element meanwhile after you opened it; reload to see their version.</source>
        <translation>Пользователь {who} изменил этот элемент, пока он был у вас открыт; обновите данные, чтобы увидеть его версию.</translation>
    </message>
    <message>
        <source>Someone changed this element meanwhile after you opened it; reload to see their version.</source>
        <translation>Кто-то изменил этот элемент, пока он был у вас открыт; обновите данные, чтобы увидеть новую версию.</translation>
    </message>
    <message>
        <source>{who} changed this element at {when} after you opened it; reload to see their version.</source>
        <translation>Пользователь {who} изменил этот элемент ({when}) после того, как вы его открыли; обновите данные, чтобы увидеть его версию.</translation>
    </message>
    <message>
        <source>Someone changed this element at {when} after you opened it; reload to see their version.</source>
        <translation>Кто-то изменил этот элемент ({when}) после того, как вы его открыли; обновите данные, чтобы увидеть новую версию.</translation>
    </message>
</context>
<context>
    <name>AttachDetailsDialog</name>
    <message>
        <source>Details of the files to attach</source>
        <translation>Сведения о прикрепляемых файлах</translation>
    </message>
    <message>
        <source> and %s more</source>
        <translation> и ещё %s</translation>
    </message>
    <message>
        <source>What the files show, for the surveyor (optional)</source>
        <translation>Что показывают файлы — для эксперта (необязательно)</translation>
    </message>
    <message>
        <source>Review or expiry date</source>
        <translation>Дата пересмотра или окончания срока</translation>
    </message>
    <message>
        <source>Remembered for the next files of this type. Edit → Preferences can stop this question.</source>
        <translation>Запоминается для следующих файлов этого типа. Этот вопрос можно отключить в меню Правка → Настройки.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Прикрепить</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>{rows} changes, chain head {hash}</source>
        <translation>изменений: {rows}, вершина цепочки {hash}</translation>
    </message>
    <message>
        <source>audit trail row {id} ({when}, {user}, {action}): {problem}</source>
        <translation>строка журнала изменений {id} ({when}, {user}, {action}): {problem}</translation>
    </message>
    <message>
        <source>the chain starts here, but this row does not mark its start: the hashes of the rows before it were removed</source>
        <translation>цепочка начинается здесь, но эта строка не отмечает её начало: хеши строк перед ней удалены</translation>
    </message>
    <message>
        <source>its hash is missing</source>
        <translation>у строки нет хеша</translation>
    </message>
    <message>
        <source>it does not match its hash: this row was changed, or a row before it was removed, inserted or moved</source>
        <translation>строка не совпадает со своим хешем: она изменена, либо строка перед ней удалена, вставлена или перемещена</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>self-assessment</source>
        <translation>самооценка</translation>
    </message>
    <message>
        <source>mock survey</source>
        <translation>пробный аудит</translation>
    </message>
    <message>
        <source>official survey</source>
        <translation>официальный аудит</translation>
    </message>
    <message>
        <source>follow-up survey</source>
        <translation>повторный аудит</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата пересмотра</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокирована</translation>
    </message>
    <message>
        <source>Scoring profile</source>
        <translation>Профиль оценки</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Название учреждения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Что будет сделано</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Критерий успеха</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Mapping row</source>
        <translation>Строка сопоставления</translation>
    </message>
    <message>
        <source>Carried value</source>
        <translation>Перенесённое значение</translation>
    </message>
    <message>
        <source>Undo: {change}</source>
        <translation>Отмена: {change}</translation>
    </message>
    <message>
        <source>an element</source>
        <translation>элемент</translation>
    </message>
    <message>
        <source>Taken back from {file}.</source>
        <translation>Перенесено из {file}.</translation>
    </message>
    <message>
        <source>“{file}” linked to {element} as evidence.</source>
        <translation>«{file}» привязан к {element} как доказательство.</translation>
    </message>
    <message>
        <source>Evidence file “{file}” ({size}) added to the project.</source>
        <translation>Файл доказательства «{file}» ({size}) добавлен в проект.</translation>
    </message>
    <message>
        <source>Evidence file “{file}” added to the project.</source>
        <translation>Файл доказательства «{file}» добавлен в проект.</translation>
    </message>
    <message>
        <source>“{file}” taken off {element}; the file stays in the project.</source>
        <translation>«{file}» отвязан от {element}; файл остаётся в проекте.</translation>
    </message>
    <message>
        <source>{element} lost “{file}”, which was removed from the project.</source>
        <translation>{element} лишился «{file}»: файл удалён из проекта.</translation>
    </message>
    <message>
        <source>Evidence file “{file}” removed from the project.</source>
        <translation>Файл доказательства «{file}» удалён из проекта.</translation>
    </message>
    <message>
        <source>Evidence file “{twin}” merged into “{file}”, which has the same content; it supports the elements of both.</source>
        <translation>Файл доказательства «{twin}» объединён с «{file}» с тем же содержимым; теперь он подтверждает элементы обоих.</translation>
    </message>
    <message>
        <source>{count} evidence links carried over from “{earlier}”.</source>
        <translation>Перенесено привязок доказательств из «{earlier}»: {count}.</translation>
    </message>
    <message>
        <source>{count} evidence links carried over.</source>
        <translation>Перенесено привязок доказательств: {count}.</translation>
    </message>
    <message>
        <source>Assessment “{name}” locked.</source>
        <translation>Оценка «{name}» заблокирована.</translation>
    </message>
    <message>
        <source>Assessment “{name}” unlocked.</source>
        <translation>Оценка «{name}» разблокирована.</translation>
    </message>
    <message>
        <source>Assessment “{name}” now scored with “{profile}” (was “{was}”).</source>
        <translation>Оценка «{name}» теперь считается по профилю «{profile}» (был «{was}»).</translation>
    </message>
    <message>
        <source>Project created.</source>
        <translation>Проект создан.</translation>
    </message>
    <message>
        <source>Project copied from {source}.</source>
        <translation>Проект скопирован из {source}.</translation>
    </message>
    <message>
        <source>another project</source>
        <translation>другого проекта</translation>
    </message>
    <message>
        <source>Scoring profile “{profile}” added.</source>
        <translation>Добавлен профиль оценки «{profile}».</translation>
    </message>
    <message>
        <source>Facility name set to “{name}”.</source>
        <translation>Название учреждения: «{name}».</translation>
    </message>
    <message>
        <source>Facility name changed to “{name}” (was “{old}”).</source>
        <translation>Название учреждения изменено на «{name}» (было «{old}»).</translation>
    </message>
    <message>
        <source>Change recorded: {old} → {new}.</source>
        <translation>Записано изменение: {old} → {new}.</translation>
    </message>
    <message>
        <source>its elements</source>
        <translation>его элементы</translation>
    </message>
    <message>
        <source>Tracer “{focus}” planned: {facts}.</source>
        <translation>Запланирован трейсер «{focus}»: {facts}.</translation>
    </message>
    <message>
        <source>Tracer {id} marked {new} (was {old}).</source>
        <translation>Трейсер {id}: статус «{new}» (был «{old}»).</translation>
    </message>
    <message>
        <source>Tracer “{focus}” ({facts}) deleted with its findings ({count}).</source>
        <translation>Трейсер «{focus}» ({facts}) удалён вместе с его замечаниями ({count}).</translation>
    </message>
    <message>
        <source>Tracer “{focus}” ({facts}) deleted.</source>
        <translation>Трейсер «{focus}» ({facts}) удалён.</translation>
    </message>
    <message>
        <source>Tracer “{focus}” put back with its findings ({count}).</source>
        <translation>Трейсер «{focus}» возвращён вместе с его замечаниями ({count}).</translation>
    </message>
    <message>
        <source>Tracer “{focus}” put back.</source>
        <translation>Трейсер «{focus}» возвращён.</translation>
    </message>
    <message>
        <source>Finding recorded on {elements} ({compliance}): “{observed}”.</source>
        <translation>Записано замечание по {elements} ({compliance}): «{observed}».</translation>
    </message>
    <message>
        <source>Finding {id} accepted into the checklist: its elements set to {result}.</source>
        <translation>Замечание {id} принято в чек-лист: его элементам установлен результат «{result}».</translation>
    </message>
    <message>
        <source>Acceptance of finding {id} withdrawn: its elements have their earlier results back.</source>
        <translation>Принятие замечания {id} отменено: его элементам возвращены прежние результаты.</translation>
    </message>
    <message>
        <source>Finding on {elements} ({compliance}) deleted: “{observed}”.</source>
        <translation>Удалено замечание по {elements} ({compliance}): «{observed}».</translation>
    </message>
    <message>
        <source>Finding on {elements} put back: “{observed}”.</source>
        <translation>Возвращено замечание по {elements}: «{observed}».</translation>
    </message>
    <message>
        <source>owner {owner}</source>
        <translation>ответственный {owner}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>срок {day}</translation>
    </message>
    <message>
        <source>Corrective action raised for {elements} ({facts}): “{what}”.</source>
        <translation>Назначено корректирующее мероприятие по {elements} ({facts}): «{what}».</translation>
    </message>
    <message>
        <source>Corrective action raised for {elements}: “{what}”.</source>
        <translation>Назначено корректирующее мероприятие по {elements}: «{what}».</translation>
    </message>
    <message>
        <source>{field} of action {id} cleared (was {old}).</source>
        <translation>{field} мероприятия {id}: очищено (было {old}).</translation>
    </message>
    <message>
        <source>{field} of action {id} set to {new}.</source>
        <translation>{field} мероприятия {id}: {new}.</translation>
    </message>
    <message>
        <source>{field} of action {id} set to {new} (was {old}).</source>
        <translation>{field} мероприятия {id}: {new} (было {old}).</translation>
    </message>
    <message>
        <source>Action {id} verified by {who} on {day}: {status}.</source>
        <translation>Мероприятие {id} проверено ({who}, {day}): {status}.</translation>
    </message>
    <message>
        <source>Corrective action for {elements} ({facts}) deleted: “{what}”.</source>
        <translation>Удалено корректирующее мероприятие по {elements} ({facts}): «{what}».</translation>
    </message>
    <message>
        <source>Corrective action for {elements} put back: “{what}”.</source>
        <translation>Возвращено корректирующее мероприятие по {elements}: «{what}».</translation>
    </message>
    <message>
        <source>Mapping “{name}” created with {count} rows.</source>
        <translation>Создано сопоставление «{name}», строк: {count}.</translation>
    </message>
    <message>
        <source>Row “{row}” added to mapping “{name}”.</source>
        <translation>В сопоставление «{name}» добавлена строка «{row}».</translation>
    </message>
    <message>
        <source>Assessment “{name}” started through a mapping.</source>
        <translation>Оценка «{name}» начата через сопоставление.</translation>
    </message>
    <message>
        <source>Assessment “{name}” started from “{earlier}” through a mapping: {elements} elements carried, {links} evidence links, {suggestions} suggestions to review.</source>
        <translation>Оценка «{name}» начата из «{earlier}» через сопоставление: перенесено элементов — {elements}, привязок доказательств — {links}, предложений на проверку — {suggestions}.</translation>
    </message>
    <message>
        <source>Evidence links carried over to {element}.</source>
        <translation>Привязки доказательств перенесены в {element}.</translation>
    </message>
    <message>
        <source>{field} of {element} carried over: {new}.</source>
        <translation>{field} для {element} перенесено: {new}.</translation>
    </message>
    <message>
        <source>Suggestion for {element} accepted: its result taken from “{earlier}”.</source>
        <translation>Предложение для {element} принято: результат взят из «{earlier}».</translation>
    </message>
    <message>
        <source>Suggestion for {element} rejected.</source>
        <translation>Предложение для {element} отклонено.</translation>
    </message>
    <message>
        <source>Values carried to {element} reviewed.</source>
        <translation>Перенесённые в {element} значения проверены.</translation>
    </message>
    <message>
        <source>{field} of {element} cleared (was {old}).</source>
        <translation>{element}: поле «{field}» очищено (было {old}).</translation>
    </message>
    <message>
        <source>{field} of {element} set to {new}.</source>
        <translation>{element}: поле «{field}» — {new}.</translation>
    </message>
    <message>
        <source>{field} of {element} set to {new} (was {old}).</source>
        <translation>{element}: поле «{field}» — {new} (было {old}).</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Разблокирована</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>Evidence file “{old}” renamed “{new}”.</source>
        <translation>Файл доказательства «{old}» переименован в «{new}».</translation>
    </message>
    <message>
        <source>an evidence file</source>
        <translation>файл доказательства</translation>
    </message>
    <message>
        <source>{field} of {file} cleared (was {old}).</source>
        <translation>{file}: поле «{field}» очищено (было {old}).</translation>
    </message>
    <message>
        <source>{field} of {file} set to {new}.</source>
        <translation>{file}: поле «{field}» — {new}.</translation>
    </message>
    <message>
        <source>{field} of {file} set to {new} (was {old}).</source>
        <translation>{file}: поле «{field}» — {new} (было {old}).</translation>
    </message>
    <message>
        <source>scored with “{profile}”</source>
        <translation>профиль оценки «{profile}»</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>с {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>по {end}</translation>
    </message>
    <message>
        <source>started from “{earlier}”</source>
        <translation>на основе «{earlier}»</translation>
    </message>
    <message>
        <source>Assessment “{name}” created.</source>
        <translation>Создана оценка «{name}».</translation>
    </message>
    <message>
        <source>Assessment “{name}” created: {facts}.</source>
        <translation>Создана оценка «{name}»: {facts}.</translation>
    </message>
    <message>
        <source>Standards library “{name}” imported: {chapters} chapters, {standards} standards, {elements} measurable elements.</source>
        <translation>Импортирована библиотека стандартов «{name}»: глав — {chapters}, стандартов — {standards}, измеримых элементов — {elements}.</translation>
    </message>
    <message>
        <source>Standards library “{name}” imported.</source>
        <translation>Импортирована библиотека стандартов «{name}».</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Find in values, details, codes and names</source>
        <translation>Поиск по значениям, подробностям, кодам и именам</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Write every change that matches the filters to an Excel or CSV file</source>
        <translation>Записать все изменения, соответствующие фильтрам, в файл Excel или CSV</translation>
    </message>
    <message>
        <source>Unticked: any date</source>
        <translation>Без отметки: любая дата</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation>Все оценки</translation>
    </message>
    <message>
        <source>Any chapter</source>
        <translation>Все главы</translation>
    </message>
    <message>
        <source>Any kind of change</source>
        <translation>Все виды изменений</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>showing the newest %s of %s</source>
        <translation>показаны последние %s из %s</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 изменение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln изменение</numerusform>
            <numerusform>%Ln изменения</numerusform>
            <numerusform>%Ln изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %s</source>
        <translation>Не удалось прочитать историю: %s</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>Запись файла %s</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written.</source>
        <translation>Отменено; файл %s не записан.</translation>
    </message>
    <message>
        <source>Audit trail not written</source>
        <translation>Журнал изменений не записан</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %Ln change(s).</source>
        <translation>
            <numerusform>Записан файл %1: %Ln изменение.</numerusform>
            <numerusform>Записан файл %1: %Ln изменения.</numerusform>
            <numerusform>Записан файл %1: %Ln изменений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Bulk edit</source>
        <translation>Групповое изменение</translation>
    </message>
    <message>
        <source>— leave as it is —</source>
        <translation>— оставить как есть —</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>Задать срок</translation>
    </message>
    <message>
        <source>Set notes</source>
        <translation>Задать заметки</translation>
    </message>
    <message>
        <source>Replace the notes of every selected element (left empty: clear them)</source>
        <translation>Заменить заметки всех выделенных элементов (если оставить пустым — очистить их)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln selected element(s) in one step (one undo).</source>
        <translation>
            <numerusform>Изменить %Ln выбранный элемент за один шаг (отменяется одним действием).</numerusform>
            <numerusform>Изменить %Ln выбранных элемента за один шаг (отменяется одним действием).</numerusform>
            <numerusform>Изменить %Ln выбранных элементов за один шаг (отменяется одним действием).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryIntoDialog</name>
    <message>
        <source>Carry results into this assessment</source>
        <translation>Перенести результаты в эту оценку</translation>
    </message>
    <message>
        <source>“%s” through the mapping “%s”</source>
        <translation>«%s» через сопоставление «%s»</translation>
    </message>
    <message>
        <source>Elements mapped as equal take the result, work status, owner, notes and evidence links of their source element, marked “carried — review”; the other mappings become suggestions. Only an assessment in which nothing has been recorded yet can be filled so.</source>
        <translation>Элементы, сопоставленные как равные, получают результат, статус работы, ответственного, заметки и ссылки на доказательства исходного элемента с пометкой «перенесено — проверить»; остальные сопоставления становятся предложениями. Так можно заполнить только оценку, в которой ещё ничего не записано.</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>В оценку:</translation>
    </message>
    <message>
        <source>&amp;Carry from:</source>
        <translation>&amp;Перенести из:</translation>
    </message>
    <message>
        <source>No mapping leads to this assessment&apos;s library from another one</source>
        <translation>Ни одно сопоставление не ведёт из другой библиотеки к библиотеке этой оценки</translation>
    </message>
</context>
<context>
    <name>ChangeKind</name>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Library import</source>
        <translation>Импорт библиотеки</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Tracers</source>
        <translation>Трейсеры</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Корректирующие мероприятия</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Сопоставления</translation>
    </message>
    <message>
        <source>Carried values</source>
        <translation>Перенесённые значения</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ChapterBars</name>
    <message>
        <source>%s · not enough assessed</source>
        <translation>%s · оценено недостаточно</translation>
    </message>
    <message>
        <source>%s %s
Score %s%s — click to see its elements</source>
        <translation>%s %s
Балл: %s%s — нажмите, чтобы увидеть её элементы</translation>
    </message>
</context>
<context>
    <name>ChapterComparisonModel</name>
    <message>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>ChapterTreeModel</name>
    <message>
        <source>All elements</source>
        <translation>Все элементы</translation>
    </message>
    <message>
        <source>not enough assessed (%s)</source>
        <translation>оценено недостаточно (%s)</translation>
    </message>
    <message>
        <source>%s of %s met</source>
        <translation>%s из %s вып.</translation>
    </message>
    <message>
        <source>Score %s — not enough assessed to judge: %s of %s applicable elements (at least %s %% needed)</source>
        <translation>Балл %s — оценено недостаточно для вывода: %s из %s применимых элементов (нужно не менее %s %%)</translation>
    </message>
    <message>
        <source>Score %s</source>
        <translation>Балл: %s</translation>
    </message>
    <message>
        <source>Score %s — meets the threshold of %s</source>
        <translation>Балл: %s — порог %s достигнут</translation>
    </message>
    <message>
        <source>Score %s — below the threshold of %s</source>
        <translation>Балл: %s — ниже порога %s</translation>
    </message>
</context>
<context>
    <name>CheckResultBox</name>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Fix the file or the column mapping and check again.</source>
        <translation>Исправьте файл или сопоставление столбцов и проверьте снова.</translation>
    </message>
    <message>
        <source>%s, %s, %s; ready to import.</source>
        <translation>%s, %s, %s; можно импортировать.</translation>
    </message>
    <message>
        <source>Import adds them to the project as the library “%s”.</source>
        <translation>При импорте они будут добавлены в проект как библиотека «%s».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%Ln проблема; ничего не импортировано.</numerusform>
            <numerusform>%Ln проблемы; ничего не импортировано.</numerusform>
            <numerusform>%Ln проблем; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln note(s) below are worth reading first.</source>
        <translation>
            <numerusform>Сначала стоит прочитать %Ln замечание ниже.</numerusform>
            <numerusform>Сначала стоит прочитать %Ln замечания ниже.</numerusform>
            <numerusform>Сначала стоит прочитать %Ln замечаний ниже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chapter(s)</source>
        <translation>
            <numerusform>%Ln глава</numerusform>
            <numerusform>%Ln главы</numerusform>
            <numerusform>%Ln глав</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standard(s)</source>
        <translation>
            <numerusform>%Ln стандарт</numerusform>
            <numerusform>%Ln стандарта</numerusform>
            <numerusform>%Ln стандартов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measurable element(s)</source>
        <translation>
            <numerusform>%Ln измеримый элемент</numerusform>
            <numerusform>%Ln измеримых элемента</numerusform>
            <numerusform>%Ln измеримых элементов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Set &amp;result of selection</source>
        <translation>Задать &amp;результат выделенным</translation>
    </message>
    <message>
        <source>&amp;Bulk edit selection…</source>
        <translation>&amp;Групповая правка выделенных…</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>department</source>
        <translation>отделение</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>this server does not send change notices</source>
        <translation>этот сервер не присылает уведомлений об изменениях</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked.&lt;/b&gt; This assessment was locked after its survey: it can be read and exported, not changed. Assessment → Locked after the survey unlocks it.</source>
        <translation>&lt;b&gt;Заблокирована.&lt;/b&gt; Эта оценка заблокирована после обследования: её можно просматривать и экспортировать, но не изменять. Снять блокировку можно командой «Оценка → Заблокирована после обследования».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %s. This project can be browsed, searched and exported, and its evidence saved as copies, but not changed. To change it, save a copy with File → Copy project to a file.</source>
        <translation>&lt;b&gt;Только для чтения:&lt;/b&gt; %s. Этот проект можно просматривать, искать в нём и экспортировать, сохранять копии его доказательств, но не изменять. Чтобы изменить его, сохраните копию командой «Файл → Копировать проект в файл».</translation>
    </message>
    <message>
        <source>%s elements</source>
        <translation>элементы (%s)</translation>
    </message>
    <message>
        <source>Applying %s</source>
        <translation>Применение %s</translation>
    </message>
    <message>
        <source>Results not taken back</source>
        <translation>Результаты не возвращены</translation>
    </message>
    <message numerus="yes">
        <source>Take back %Ln change(s) from %1</source>
        <translation>
            <numerusform>Вернуть %Ln изменение из %1</numerusform>
            <numerusform>Вернуть %Ln изменения из %1</numerusform>
            <numerusform>Вернуть %Ln изменений из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Others&apos; changes: looked for every %s s (no notices from the server)</source>
        <translation>Изменения других: проверка каждые %s с (сервер не присылает уведомлений)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connection to the shared project&lt;/b&gt; since %s. What you type is kept and saved when the server answers again; a result or field set meanwhile was not saved. Trying again every few seconds…</source>
        <translation>&lt;b&gt;Нет соединения с общим проектом&lt;/b&gt; с %s. Введённый вами текст сохраняется и будет записан, когда сервер снова ответит; результат или поле, заданные за это время, не сохранены. Повторная попытка — каждые несколько секунд…</translation>
    </message>
    <message>
        <source>Set %s</source>
        <translation>Изменить: %s</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %Ln element(s)</source>
        <translation>
            <numerusform>Изменить: %1 (%Ln элемент)</numerusform>
            <numerusform>Изменить: %1 (%Ln элемента)</numerusform>
            <numerusform>Изменить: %1 (%Ln элементов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes, not saved:</source>
        <translation>Ваши заметки (не сохранены):</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Изменение не сохранено</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>ColumnMappingBox</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Заголовок в файле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>Второе значение</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <source>&amp;Keep them as attributes</source>
        <translation>&amp;Сохранить как атрибуты</translation>
    </message>
    <message>
        <source>Import these columns too, shown with each element and in the report</source>
        <translation>Импортировать и эти столбцы: они будут показаны у каждого элемента и в отчёте</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <source>Column %s is read as</source>
        <translation>Столбец %s читается как</translation>
    </message>
    <message>
        <source>one row per measurable element</source>
        <translation>одна строка на каждый измеримый элемент</translation>
    </message>
    <message>
        <source>an outline of chapters, standards and elements</source>
        <translation>структура из глав, стандартов и элементов</translation>
    </message>
    <message>
        <source>Headers found on row %s; the sheet is read as %s.</source>
        <translation>Заголовки найдены в строке %s; формат листа: %s.</translation>
    </message>
    <message>
        <source>Row %s is taken as the header row, but not every column was recognised; the sheet is read as %s.</source>
        <translation>Строка %s принята за строку заголовков, но распознаны не все столбцы; формат листа: %s.</translation>
    </message>
    <message>
        <source>Check what each column is read as, and change it where it is wrong.</source>
        <translation>Проверьте, как читается каждый столбец, и исправьте, где это неверно.</translation>
    </message>
    <message>
        <source>Not imported: %s.</source>
        <translation>Не импортируются: %s.</translation>
    </message>
    <message>
        <source>No column is read as %s yet. Choose it under “Read as” for the column that holds it, then click Check.</source>
        <translation>Ни один столбец пока не читается как %s. Выберите это значение в графе «Читать как» для столбца, в котором оно находится, и нажмите «Проверить».</translation>
    </message>
    <message>
        <source>No column is read as “%s”. Under “Read as”, choose “%s” for the column that holds it.</source>
        <translation>Ни один столбец не читается как «%s». В графе «Читать как» выберите «%s» для столбца, в котором находятся эти данные.</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Move column left</source>
        <translation>Переместить столбец влево</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>Переместить столбец вправо</translation>
    </message>
    <message>
        <source>Two lines of element text</source>
        <translation>Две строки текста элемента</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Overall</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>(not there)</source>
        <translation>(отсутствует)</translation>
    </message>
    <message>
        <source>Compare assessments</source>
        <translation>Сравнение оценок</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Было:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Стало:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Все изменения</translation>
    </message>
    <message>
        <source>Find in codes and text</source>
        <translation>Поиск по кодам и тексту</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Write the comparison to an Excel workbook</source>
        <translation>Записать сравнение в книгу Excel</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Scored under different profiles: %s then, %s now.</source>
        <translation>Оценки выставлены по разным профилям оценки: было — %s, стало — %s.</translation>
    </message>
    <message>
        <source>The comparison could not be worked out: %s</source>
        <translation>Не удалось выполнить сравнение: %s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln element(s): %1</source>
        <translation>
            <numerusform>%Ln элемент: %1</numerusform>
            <numerusform>%Ln элемента: %1</numerusform>
            <numerusform>%Ln элементов: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing %1 of %Ln element(s): %2</source>
        <translation>
            <numerusform>показано %1 из %Ln элемента: %2</numerusform>
            <numerusform>показано %1 из %Ln элементов: %2</numerusform>
            <numerusform>показано %1 из %Ln элементов: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Экспорт сравнения</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>Запись файла %s</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written.</source>
        <translation>Отменено; файл %s не записан.</translation>
    </message>
    <message>
        <source>Comparison not written</source>
        <translation>Сравнение не записано</translation>
    </message>
    <message>
        <source>Wrote %s.</source>
        <translation>Записан файл %s.</translation>
    </message>
</context>
<context>
    <name>CrosswalkActions</name>
    <message>
        <source>&amp;Mappings between libraries…</source>
        <translation>&amp;Сопоставления библиотек…</translation>
    </message>
    <message>
        <source>Ca&amp;rry results into this assessment…</source>
        <translation>П&amp;еренести результаты в эту оценку…</translation>
    </message>
    <message>
        <source>Fill this assessment, in which nothing is recorded yet, from an assessment of another library through a mapping</source>
        <translation>Заполнить эту оценку, в которой ещё ничего не записано, из оценки другой библиотеки через сопоставление</translation>
    </message>
    <message>
        <source>&amp;Keep carried values</source>
        <translation>&amp;Оставить перенесённые значения</translation>
    </message>
    <message>
        <source>Mark the selected carried elements reviewed: their values, as they are now (kept or changed by you), stand</source>
        <translation>Отметить выбранные перенесённые элементы как проверенные: их значения в нынешнем виде (оставленные или изменённые вами) остаются</translation>
    </message>
    <message>
        <source>Review &amp;suggestions…</source>
        <translation>Рассмотреть &amp;предложения…</translation>
    </message>
    <message>
        <source>%s elements carried through the mapping, to review; %s with suggestions.</source>
        <translation>Перенесено через сопоставление элементов: %s (проверить); с предложениями: %s.</translation>
    </message>
    <message>
        <source>Keep carried values</source>
        <translation>Оставить перенесённые значения</translation>
    </message>
    <message>
        <source>None of the selected elements has carried values to review.</source>
        <translation>Ни у одного из выбранных элементов нет перенесённых значений для проверки.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>(no owner)</source>
        <translation>(без ответственного)</translation>
    </message>
</context>
<context>
    <name>DashboardDocument</name>
    <message>
        <source>Readiness dashboard</source>
        <translation>Сводка готовности</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Readiness dashboard · %1 · %2</source>
        <translation>Сводка готовности · %1 · %2</translation>
    </message>
    <message>
        <source>Chapters — score against the chapter&apos;s threshold (dashed)</source>
        <translation>Главы — балл относительно порога главы (пунктир)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation>Готовность во времени</translation>
    </message>
    <message>
        <source>Overdue by owner</source>
        <translation>Просрочено по ответственным</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Просроченных нет.</translation>
    </message>
    <message>
        <source>What a surveyor would catch</source>
        <translation>Что заметит эксперт</translation>
    </message>
    <message>
        <source>Nothing to flag.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <source>and %s more</source>
        <translation>и ещё %s</translation>
    </message>
    <message>
        <source>Readiness over time appears once results have been recorded on at least two different days.</source>
        <translation>Готовность во времени появится, когда результаты будут записаны хотя бы в два разных дня.</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (предварительно)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Fully met without evidence</source>
        <translation>Выполнено полностью без доказательств</translation>
    </message>
    <message>
        <source>Evidence past its review date</source>
        <translation>Доказательства с истёкшей датой пересмотра</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Нет ответственного</translation>
    </message>
    <message>
        <source>Standard below its threshold in a passing chapter</source>
        <translation>Стандарт ниже порога в главе, достигшей порога</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Overdue by owner</source>
        <translation>Просрочено по ответственным</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Корректирующие мероприятия</translation>
    </message>
    <message>
        <source>Chapters — the dashed line is the threshold; click a bar</source>
        <translation>Главы — пунктир отмечает порог; нажмите на столбик</translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation>Динамика готовности</translation>
    </message>
    <message>
        <source>What a surveyor would catch — double-click to open</source>
        <translation>Что заметит эксперт — дважды щёлкните, чтобы открыть</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %s</source>
        <translation>Не удалось прочитать панель: %s</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (предварительно)</translation>
    </message>
    <message>
        <source>&lt;b&gt;To review after carrying through a mapping:&lt;/b&gt; %s carried, not yet reviewed; %s with suggestions. The checklist&apos;s review list shows them.</source>
        <translation>&lt;b&gt;Проверить после переноса через сопоставление:&lt;/b&gt; перенесено и не проверено — %s; с предложениями — %s. Их показывает список проверки в чек-листе.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Repeat findings:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;Повторные замечания:&lt;/b&gt; %s</translation>
    </message>
    <message>
        <source>No corrective actions yet; raise them on Tracers.</source>
        <translation>Корректирующих мероприятий пока нет; их создают на вкладке «Трейсеры».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue: %s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Просрочено: %s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>… and %s more</source>
        <translation>… и ещё %s</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Сохранить сводку в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>%s (key %s)</source>
        <translation>%s (клавиша %s)</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Кто отвечает</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <source>Notes are saved as you type</source>
        <translation>Заметки сохраняются по мере ввода</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a measurable element.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Выберите измеримый элемент.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln element(s) selected&lt;/b&gt;: result, status, owner, department, due date and evidence you add or link apply to all of them.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Выбран %Ln элемент&lt;/b&gt;: результат, статус, ответственный, отделение, срок, а также доказательства, которые вы добавите или свяжете, применяются ко всем выбранным элементам.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Выбрано %Ln элемента&lt;/b&gt;: результат, статус, ответственный, отделение, срок, а также доказательства, которые вы добавите или свяжете, применяются ко всем выбранным элементам.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Выбрано %Ln элементов&lt;/b&gt;: результат, статус, ответственный, отделение, срок, а также доказательства, которые вы добавите или свяжете, применяются ко всем выбранным элементам.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> — accepted</source>
        <translation> — принято</translation>
    </message>
    <message>
        <source> — repeat finding</source>
        <translation> — повторное замечание</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)%5</source>
        <translation>%1: %2 (%3, %4)%5</translation>
    </message>
    <message>
        <source>Earlier, in %1: %2 (%3)</source>
        <translation>Ранее, в «%1»: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n)</source>
        <translation>
            <numerusform>Замечания (%n)</numerusform>
            <numerusform>Замечания (%n)</numerusform>
            <numerusform>Замечания (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%s  %s  %s: %s</source>
        <translation>%s  %s  %s: %s</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Guidance for the standard</source>
        <translation>Пояснение к стандарту</translation>
    </message>
</context>
<context>
    <name>ElementChange</name>
    <message>
        <source>Improved</source>
        <translation>Улучшено</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Ухудшено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>ElementComparisonModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Измеримый элемент</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>ElementTableModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Измеримый элемент</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>%s of %s evidence files past the review date</source>
        <translation>Файлов-доказательств с истёкшей датой пересмотра: %s из %s</translation>
    </message>
</context>
<context>
    <name>EscapedErrors</name>
    <message>
        <source>Something went wrong. Nothing more was changed. The details are in %s.</source>
        <translation>Что-то пошло не так. Больше ничего не изменено. Подробности — в файле журнала %s.</translation>
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
        <translation>Файл-доказательство {id} больше не существует; возможно, его кто-то удалил.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file; attach the files inside it instead.</source>
        <translation>{path} — это папка, а не файл; прикрепите файлы, которые в ней находятся.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket).</source>
        <translation>{path} не является обычным файлом (это устройство, канал или сокет).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes); there is nothing to keep as evidence.</source>
        <translation>Файл {path} пуст (0 байт); сохранять в качестве доказательства нечего.</translation>
    </message>
    <message>
        <source>{size} ({bytes:,} bytes)</source>
        <translation>{size} ({bytes:,} байт)</translation>
    </message>
    <message>
        <source>{path} is {size}; an evidence file may be at most {limit}.</source>
        <translation>Размер файла {path} — {size}; файл-доказательство может быть не больше {limit}.</translation>
    </message>
    <message>
        <source>{path} disappeared while it was being read; nothing was attached.</source>
        <translation>Файл {path} исчез во время чтения; ничего не прикреплено.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>Не удаётся прочитать {path}: доступ запрещён.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} grew while it was being read (it was {size:,} bytes); nothing was attached. Close the program writing it and try again.</source>
        <translation>Файл {path} увеличился во время чтения (его размер был {size:,} байт); ничего не прикреплено. Закройте программу, которая записывает этот файл, и повторите попытку.</translation>
    </message>
    <message>
        <source>{path} shrank while it was being read (it was {size:,} bytes, only {done:,} could be read); nothing was attached. Close the program writing it and try again.</source>
        <translation>Файл {path} уменьшился во время чтения (его размер был {size:,} байт, прочитать удалось только {done:,}); ничего не прикреплено. Закройте программу, которая записывает этот файл, и повторите попытку.</translation>
    </message>
    <message>
        <source>{path} changed while it was being read; nothing was attached. Close the program writing it and try again.</source>
        <translation>Файл {path} изменился во время чтения; ничего не прикреплено. Закройте программу, которая записывает этот файл, и повторите попытку.</translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>У файла-доказательства должно быть название.</translation>
    </message>
    <message>
        <source>The project holds no content with SHA-256 {sha256}.</source>
        <translation>В проекте нет содержимого с SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>The stored content {sha256}… is damaged ({stored:,} of {size:,} bytes in {count} chunks); run Evidence → Verify stored files and restore it from a backup.</source>
        <translation>Хранимое содержимое {sha256}… повреждено (сохранено {stored:,} из {size:,} байт, фрагментов: {count}); выполните «Доказательства → Проверить сохранённые файлы» и восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>Chunk {seq} of the stored content {sha256}… is missing; someone may have deleted it while it was being read.</source>
        <translation>Фрагмент {seq} хранимого содержимого {sha256}… отсутствует; возможно, кто-то удалил его во время чтения.</translation>
    </message>
    <message>
        <source>The stored content {sha256}… is missing.</source>
        <translation>Хранимое содержимое {sha256}… отсутствует.</translation>
    </message>
    <message>
        <source>Cannot save {name}: the folder {folder} does not exist.</source>
        <translation>Не удаётся сохранить {name}: папка {folder} не существует.</translation>
    </message>
    <message>
        <source>Cannot save to {target}: it is a folder.</source>
        <translation>Не удаётся сохранить в {target}: это папка.</translation>
    </message>
    <message>
        <source>Cannot save {name} in {folder}: {reason}.</source>
        <translation>Не удаётся сохранить {name} в папку {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The stored content {sha256}… does not match its SHA-256; it is damaged. Run Evidence → Verify stored files and restore it from a backup.</source>
        <translation>Хранимое содержимое {sha256}… не соответствует своей сумме SHA-256; оно повреждено. Выполните «Доказательства → Проверить сохранённые файлы» и восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>{folder} leads to {target}, outside {root}; nothing is written through it.</source>
        <translation>{folder} ведёт в {target}, за пределы {root}; через эту папку ничего не записывается.</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>Не удаётся создать папку {folder}: {reason}.</translation>
    </message>
    <message>
        <source>{number} KB</source>
        <translation>{number} КБ</translation>
    </message>
    <message>
        <source>{number} MB</source>
        <translation>{number} МБ</translation>
    </message>
    <message>
        <source>{number} GB</source>
        <translation>{number} ГБ</translation>
    </message>
    <message>
        <source>{number} TB</source>
        <translation>{number} ТБ</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} байт</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>Attach evidence files</source>
        <translation>Прикрепить файлы-доказательства</translation>
    </message>
    <message>
        <source>Attaching %s</source>
        <translation>Прикрепление %s</translation>
    </message>
    <message>
        <source>Attaching %s files</source>
        <translation>Прикрепление файлов: %s</translation>
    </message>
    <message>
        <source>Evidence not attached</source>
        <translation>Доказательства не прикреплены</translation>
    </message>
    <message>
        <source>Attach %s</source>
        <translation>Прикрепить %s</translation>
    </message>
    <message>
        <source>Attach %s files</source>
        <translation>Прикрепить файлы: %s</translation>
    </message>
    <message>
        <source>Attached %s (%s).</source>
        <translation>Прикреплено: %s (%s).</translation>
    </message>
    <message>
        <source>• %s is already in the project as “%s”; that file is linked.</source>
        <translation>• %s уже есть в проекте как «%s»; привязан этот файл.</translation>
    </message>
    <message>
        <source>Linked the file already in the project</source>
        <translation>Привязан файл, уже имеющийся в проекте</translation>
    </message>
    <message>
        <source>The project already holds the same content, so no copy was added:
%s</source>
        <translation>В проекте уже есть такое же содержимое, поэтому копия не добавлена:
%s</translation>
    </message>
    <message>
        <source>• %s is already attached as “%s”.</source>
        <translation>• Файл %s уже прикреплён под именем «%s».</translation>
    </message>
    <message>
        <source>Already attached</source>
        <translation>Уже прикреплено</translation>
    </message>
    <message>
        <source>Not attached again:
%s</source>
        <translation>Повторно не прикреплены:
%s</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Нечего вставить</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a screenshot or picture first.</source>
        <translation>В буфере обмена нет изображения. Сначала скопируйте снимок экрана или рисунок.</translation>
    </message>
    <message>
        <source>Image not attached</source>
        <translation>Изображение не прикреплено</translation>
    </message>
    <message>
        <source>The image on the clipboard could not be turned into a PNG file.</source>
        <translation>Не удалось преобразовать изображение из буфера обмена в файл PNG.</translation>
    </message>
    <message>
        <source>Link %s</source>
        <translation>Связать %s</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Отвязать доказательства</translation>
    </message>
    <message>
        <source>“%s” supports no other element.

Remove it from the project (%s), or keep it in the evidence library so it can be linked again later? Removing cannot be undone.</source>
        <translation>Файл «%s» не связан ни с одним другим элементом.

Удалить его из проекта (%s) или оставить в библиотеке доказательств, чтобы позже связать снова? Удаление нельзя отменить.</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>Удалить из проекта</translation>
    </message>
    <message>
        <source>Keep in library</source>
        <translation>Оставить в библиотеке</translation>
    </message>
    <message>
        <source>Removed %s from the project.</source>
        <translation>Файл %s удалён из проекта.</translation>
    </message>
    <message>
        <source>Unlink %s</source>
        <translation>Отвязать %s</translation>
    </message>
    <message>
        <source>Edit details of %s</source>
        <translation>Изменить сведения: %s</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <source>No application is set up to open “%s”. A copy is at:
%s</source>
        <translation>Нет программы для открытия «%s». Копия находится здесь:
%s</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>Сохранить файл-доказательство как</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>Сохранено: %s.</translation>
    </message>
    <message>
        <source>Saving %s</source>
        <translation>Сохранение %s</translation>
    </message>
    <message>
        <source>File not saved</source>
        <translation>Файл не сохранён</translation>
    </message>
    <message>
        <source>Evidence not found</source>
        <translation>Файл-доказательство не найден</translation>
    </message>
    <message>
        <source>This file is no longer linked to the element; the list is now updated.</source>
        <translation>Этот файл больше не связан с элементом; список обновлён.</translation>
    </message>
    <message>
        <source>Evidence not changed</source>
        <translation>Файл-доказательство не изменён</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>EvidenceBinder</name>
    <message>
        <source>Evidence binder – %1 %2</source>
        <translation>Папка доказательств – %1 %2</translation>
    </message>
    <message>
        <source>Choose where to put the evidence binder</source>
        <translation>Выберите, где создать папку доказательств</translation>
    </message>
    <message>
        <source>Exporting the evidence of %s</source>
        <translation>Экспорт доказательств: %s</translation>
    </message>
    <message>
        <source>Evidence binder not written</source>
        <translation>Папка доказательств не записана</translation>
    </message>
    <message>
        <source>Evidence binder cancelled</source>
        <translation>Папка доказательств отменена</translation>
    </message>
    <message>
        <source>Cancelled. The files written so far are in %s; it has no index.</source>
        <translation>Отменено. Уже записанные файлы находятся в %s; перечня в ней нет.</translation>
    </message>
    <message>
        <source>Files exported: %1 (%2), to %3. %4 lists every file, its element and SHA-256.</source>
        <translation>Экспортировано файлов: %1 (%2), в %3. В %4 перечислены все файлы, их элементы и SHA-256.</translation>
    </message>
    <message>
        <source>Not exported:</source>
        <translation>Не экспортированы:</translation>
    </message>
    <message>
        <source>Evidence binder written</source>
        <translation>Папка доказательств записана</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence details</source>
        <translation>Сведения о файле-доказательстве</translation>
    </message>
    <message>
        <source>What this file shows, for the surveyor</source>
        <translation>Что показывает этот файл — для проверяющих</translation>
    </message>
    <message>
        <source>Review or expiry date</source>
        <translation>Дата пересмотра или окончания действия</translation>
    </message>
    <message>
        <source>%s, %s; added %s by %s</source>
        <translation>%s, %s; добавлен %s пользователем %s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>EvidenceLibraryDialog</name>
    <message>
        <source>Link evidence to %s</source>
        <translation>Связать доказательства: %s</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>Библиотека доказательств</translation>
    </message>
    <message>
        <source>Find in name and description</source>
        <translation>Поиск по названию и описанию</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Review due within</source>
        <translation>Пересмотр в течение</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Несвязанные</translation>
    </message>
    <message>
        <source>Files that support no element</source>
        <translation>Файлы, не связанные ни с одним элементом</translation>
    </message>
    <message>
        <source>Show in checklist</source>
        <translation>Показать в чек-листе</translation>
    </message>
    <message>
        <source>Elements this file supports</source>
        <translation>Элементы, которые подтверждает этот файл</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Link to element</source>
        <translation>Связать с элементом</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the file in its own program</source>
        <translation>Открыть файл в его программе</translation>
    </message>
    <message>
        <source>Link to selected elements</source>
        <translation>Привязать к выбранным элементам</translation>
    </message>
    <message>
        <source>Link the file to the elements selected in the checklist</source>
        <translation>Привязать файл к элементам, выбранным в чек-листе</translation>
    </message>
    <message>
        <source>Remove from project…</source>
        <translation>Удалить из проекта…</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Any image</source>
        <translation>Любое изображение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln файл</numerusform>
            <numerusform>%Ln файла</numerusform>
            <numerusform>%Ln файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>It supports %s elements; they lose it too.</source>
        <translation>Файл связан с элементами (%s); они тоже его лишатся.</translation>
    </message>
    <message>
        <source>It supports no element.</source>
        <translation>Файл не связан ни с одним элементом.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Удалить файл-доказательство</translation>
    </message>
    <message>
        <source>Remove “%s” (%s) from the project? %s This cannot be undone.</source>
        <translation>Удалить «%s» (%s) из проекта? %s Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation>Файл-доказательство не удалён</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Не удаётся открыть файл</translation>
    </message>
    <message>
        <source>No application is set up to open “%s”. A copy is at:
%s</source>
        <translation>Нет программы для открытия «%s». Копия находится здесь:
%s</translation>
    </message>
    <message>
        <source>Linked %s to the selected elements.</source>
        <translation>%s привязан к выбранным элементам.</translation>
    </message>
    <message>
        <source>In another assessment</source>
        <translation>В другой оценке</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Пересмотр до</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A); you can also drop files here or on a row</source>
        <translation>Прикрепить файлы (Ctrl+Shift+A); файлы можно также перетащить сюда или на строку</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Связать…</translation>
    </message>
    <message>
        <source>Link a file already in the project to this element (Ctrl+Shift+L)</source>
        <translation>Связать с этим элементом файл, который уже есть в проекте (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open a copy with the system&apos;s default application</source>
        <translation>Открыть копию в программе, назначенной в системе по умолчанию</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Изменить сведения…</translation>
    </message>
    <message>
        <source>Unlink from this element</source>
        <translation>Отвязать от этого элемента</translation>
    </message>
    <message>
        <source>Paste image as evidence</source>
        <translation>Вставить изображение как доказательство</translation>
    </message>
    <message>
        <source>Past its review date</source>
        <translation>Истекла дата пересмотра</translation>
    </message>
    <message>
        <source>Evidence (%s)</source>
        <translation>Доказательства (%s)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>%s, %s</source>
        <translation>%s, %s</translation>
    </message>
    <message>
        <source>Added %s by %s</source>
        <translation>Добавлен %s пользователем %s</translation>
    </message>
    <message>
        <source>Review by %s</source>
        <translation>Пересмотр до %s</translation>
    </message>
    <message>
        <source>Supports %s elements</source>
        <translation>Связан с элементами: %s</translation>
    </message>
</context>
<context>
    <name>EvidenceMenuActions</name>
    <message>
        <source>&amp;Attach files to selection…</source>
        <translation>&amp;Прикрепить файлы к выделенным…</translation>
    </message>
    <message>
        <source>&amp;Paste image as evidence</source>
        <translation>&amp;Вставить изображение как доказательство</translation>
    </message>
    <message>
        <source>&amp;Link existing evidence…</source>
        <translation>&amp;Связать имеющиеся доказательства…</translation>
    </message>
    <message>
        <source>Evidence &amp;library…</source>
        <translation>&amp;Библиотека доказательств…</translation>
    </message>
    <message>
        <source>E&amp;xport evidence binder…</source>
        <translation>Э&amp;кспорт папки доказательств…</translation>
    </message>
    <message>
        <source>Write the assessment&apos;s evidence into a folder per chapter and element, with an index workbook of every file, its element and SHA-256</source>
        <translation>Записать доказательства оценки в папки по главам и элементам, с книгой-перечнем всех файлов, их элементов и SHA-256</translation>
    </message>
    <message>
        <source>&amp;Verify stored files…</source>
        <translation>Прове&amp;рить сохранённые файлы…</translation>
    </message>
    <message>
        <source>No element selected</source>
        <translation>Элементы не выбраны</translation>
    </message>
    <message>
        <source>Select the elements in the checklist first, then link the file.</source>
        <translation>Сначала выберите элементы в чек-листе, затем привяжите файл.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <source>Choose a file to see it here.</source>
        <translation>Выберите файл, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Open shows it in its own program.</source>
        <translation>Для такого файла просмотра нет. «Открыть» покажет его в его программе.</translation>
    </message>
    <message>
        <source>%s is too large to preview (%s). Open shows it in its own program.</source>
        <translation>%s слишком велик для просмотра (%s). «Открыть» покажет его в его программе.</translation>
    </message>
    <message>
        <source>This computer has no PDF renderer for a preview (Qt&apos;s PDF module or pdftoppm). Open shows the document in its own program.</source>
        <translation>На этом компьютере нет средства показа PDF для просмотра (модуля PDF в Qt или pdftoppm). «Открыть» покажет документ в его программе.</translation>
    </message>
    <message>
        <source>%s cannot be shown: it is not a picture this program can read.</source>
        <translation>%s не удаётся показать: программа не может прочитать это изображение.</translation>
    </message>
</context>
<context>
    <name>FacilityPage</name>
    <message>
        <source>Your facility</source>
        <translation>Ваше учреждение</translation>
    </message>
    <message>
        <source>The facility&apos;s name heads every report. The project is one file that keeps the standards, the assessments and their evidence.</source>
        <translation>Название учреждения стоит в заголовке каждого отчёта. Проект — это один файл, в котором хранятся стандарты, оценки и их доказательства.</translation>
    </message>
    <message>
        <source>Create the project</source>
        <translation>Создать проект</translation>
    </message>
    <message>
        <source>e.g. City Hospital No. 1</source>
        <translation>например, Городская больница № 1</translation>
    </message>
    <message>
        <source>Where the project file is kept</source>
        <translation>Где хранится файл проекта</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Facility name:</source>
        <translation>&amp;Название учреждения:</translation>
    </message>
    <message>
        <source>Project &amp;file:</source>
        <translation>&amp;Файл проекта:</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s)</source>
        <translation>Проекты Accredit Tracker (*%s)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>%s already exists. Choose another file name, or open it with Open project.</source>
        <translation>%s уже существует. Выберите другое имя файла или откройте его через «Открыть проект».</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Не удалось создать проект</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
    <message>
        <source>Text document</source>
        <translation>Текстовый документ</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Электронная таблица</translation>
    </message>
    <message>
        <source>PowerPoint slides</source>
        <translation>Слайды PowerPoint</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>Архив ZIP</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <source>%s image</source>
        <translation>Изображение %s</translation>
    </message>
    <message>
        <source>%s video</source>
        <translation>Видео %s</translation>
    </message>
    <message>
        <source>Other file (%s)</source>
        <translation>Другой файл (%s)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in code, text and notes (Ctrl+F)</source>
        <translation>Поиск по коду, тексту и заметкам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Любой результат</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any evidence</source>
        <translation>Любые доказательства</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Без доказательств</translation>
    </message>
    <message>
        <source>Expired evidence</source>
        <translation>Просроченные доказательства</translation>
    </message>
    <message>
        <source>Elements with an evidence file past its review date</source>
        <translation>Элементы с файлом-доказательством, у которого прошла дата пересмотра</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Любое состояние проверки</translation>
    </message>
    <message>
        <source>Carried, not yet reviewed</source>
        <translation>Перенесено, не проверено</translation>
    </message>
    <message>
        <source>Has suggestions</source>
        <translation>Есть предложения</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Просроченные мероприятия</translation>
    </message>
    <message>
        <source>Elements served by a corrective action past its due date and not done</source>
        <translation>Элементы с корректирующим мероприятием, срок которого прошёл, а оно не выполнено</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>Любой атрибут</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>%s of %s</source>
        <translation>%s из %s</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Record finding</source>
        <translation>Записать замечание</translation>
    </message>
    <message>
        <source>What was seen, heard or read</source>
        <translation>Что увидели, услышали или прочли</translation>
    </message>
    <message>
        <source>e.g. Ward 3 treatment room</source>
        <translation>напр. процедурная отделения 3</translation>
    </message>
    <message>
        <source>Element codes, separated by &apos;;&apos;</source>
        <translation>Коды элементов через &apos;;&apos;</translation>
    </message>
    <message>
        <source>Add photos or documents…</source>
        <translation>Добавить фото или документы…</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Observed compliance</source>
        <translation>Наблюдаемое соответствие</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Распространённость × влияние</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>This assessment has no measurable element &apos;%s&apos;.</source>
        <translation>В этой оценке нет измеримого элемента &apos;%s&apos;.</translation>
    </message>
    <message>
        <source>Earlier, in %1: %2</source>
        <translation>Ранее, в «%1»: %2</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>Добавить фото или документы</translation>
    </message>
    <message>
        <source>Finding not saved</source>
        <translation>Замечание не сохранено</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Observed compliance</source>
        <translation>Наблюдаемое соответствие</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Тяжесть</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
</context>
<context>
    <name>FirstAssessmentPage</name>
    <message>
        <source>First assessment</source>
        <translation>Первая оценка</translation>
    </message>
    <message>
        <source>An assessment is one pass over every measurable element: a self-assessment, a mock survey, the official survey.</source>
        <translation>Оценка — это один проход по всем измеримым элементам: самооценка, пробное обследование, официальное обследование.</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Открыть чек-лист</translation>
    </message>
    <message>
        <source>Self-assessment %s</source>
        <translation>Самооценка %s</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>Mock survey</source>
        <translation>Пробное обследование</translation>
    </message>
    <message>
        <source>Official survey</source>
        <translation>Официальное обследование</translation>
    </message>
    <message>
        <source>Follow-up survey</source>
        <translation>Повторное обследование</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Read “%1”: %2, %3, %4.</source>
        <translation>Прочитано «%1»: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chapter(s)</source>
        <translation>
            <numerusform>%Ln глава</numerusform>
            <numerusform>%Ln главы</numerusform>
            <numerusform>%Ln глав</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standard(s)</source>
        <translation>
            <numerusform>%Ln стандарт</numerusform>
            <numerusform>%Ln стандарта</numerusform>
            <numerusform>%Ln стандартов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measurable element(s)</source>
        <translation>
            <numerusform>%Ln измеримый элемент</numerusform>
            <numerusform>%Ln измеримых элемента</numerusform>
            <numerusform>%Ln измеримых элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;About Accredit Tracker</source>
        <translation>&amp;О программе Accredit Tracker</translation>
    </message>
    <message>
        <source>About Accredit Tracker</source>
        <translation>О программе Accredit Tracker</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Accredit Tracker %s&lt;/h3&gt;&lt;p&gt;Tracks a hospital&apos;s readiness for accreditation: the measurable elements of the standards, their results, owners and evidence, and the audit report.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Accredit Tracker %s&lt;/h3&gt;&lt;p&gt;Отслеживает готовность больницы к аккредитации: измеримые элементы стандартов, их результаты, ответственных и доказательства, а также отчёт для аудита.&lt;/p&gt;&lt;p&gt;Свободное программное обеспечение по лицензии MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>fully met (dark) and assessed (light) of %s applicable</source>
        <translation>выполнено полностью (тёмным) и оценено (светлым) из %s применимых</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>part {member} is not valid XML: {error}</source>
        <translation>часть {member} не является корректным XML: {error}</translation>
    </message>
    <message>
        <source>its ZIP container is cut short or corrupt</source>
        <translation>его ZIP-контейнер обрезан или повреждён</translation>
    </message>
    <message>
        <source>its ZIP container is corrupt: {error}</source>
        <translation>его ZIP-контейнер повреждён: {error}</translation>
    </message>
    <message>
        <source>an empty ZIP archive</source>
        <translation>пустой ZIP-архив</translation>
    </message>
    <message>
        <source>The file unpacks to {size}, more than the {limit} allowed; it was refused for safety.</source>
        <translation>В распакованном виде файл занимает {size}, что больше допустимых {limit}; из соображений безопасности он отклонён.</translation>
    </message>
    <message>
        <source>The file unpacks to {total}: its part {member} grows from {packed} to {unpacked} ({ratio:,}:1), far more than any spreadsheet; it was refused for safety.</source>
        <translation>В распакованном виде файл занимает {total}: его часть {member} увеличивается с {packed} до {unpacked} ({ratio:,}:1), что намного больше, чем у любой электронной таблицы; из соображений безопасности он отклонён.</translation>
    </message>
    <message>
        <source>its XML is broken: {error}</source>
        <translation>его XML повреждён: {error}</translation>
    </message>
    <message>
        <source>part {member} cannot be unpacked: {error}</source>
        <translation>часть {member} не удаётся распаковать: {error}</translation>
    </message>
    <message>
        <source>a merged cell in {member} is malformed: {error}</source>
        <translation>объединённая ячейка в {member} задана неверно: {error}</translation>
    </message>
    <message>
        <source>The file contains XML entity declarations (in member {member}), which spreadsheet files never need; it was refused for safety.</source>
        <translation>Файл содержит объявления сущностей XML (в части {member}), которые в файлах электронных таблиц никогда не нужны; из соображений безопасности он отклонён.</translation>
    </message>
    <message>
        <source>The file has an XML preamble longer than {size} (in member {member}), which spreadsheet files never have; it was refused for safety.</source>
        <translation>В файле есть XML-преамбула длиннее {size} (в части {member}), какой в файлах электронных таблиц не бывает; из соображений безопасности он отклонён.</translation>
    </message>
    <message>
        <source>{size:,.0f} MB</source>
        <translation>{size:,.0f} МБ</translation>
    </message>
    <message>
        <source>{size:,.0f} KB</source>
        <translation>{size:,.0f} КБ</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} байт</translation>
    </message>
    <message>
        <source>The file cannot be opened ({reason}); close it in any program that has it open and check that you may read it.</source>
        <translation>Не удаётся открыть файл ({reason}); закройте его во всех программах, где он открыт, и проверьте, что у вас есть права на его чтение.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be read ({reason}).</source>
        <translation>Файл повреждён или записан не полностью и не может быть прочитан ({reason}).</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation>Файл не является электронной таблицей (ожидается .xlsx, .xlsm, .xls, .ods или .csv).</translation>
    </message>
    <message>
        <source>The file is {what}, not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation>Этот файл — {what}, а не электронная таблица (ожидается .xlsx, .xlsm, .xls, .ods или .csv).</translation>
    </message>
    <message>
        <source>The file is protected with a password; remove the password in Excel (File → Info → Protect Workbook) and save it again.</source>
        <translation>Файл защищён паролем; снимите пароль в Excel (Файл → Сведения → Защитить книгу) и сохраните файл снова.</translation>
    </message>
    <message>
        <source>The row cannot be read as tab-separated text ({reason}).</source>
        <translation>Строку не удаётся прочитать как текст с разделителями-табуляциями ({reason}).</translation>
    </message>
    <message>
        <source>The row cannot be read as semicolon-separated text ({reason}).</source>
        <translation>Строку не удаётся прочитать как текст с разделителями «точка с запятой» ({reason}).</translation>
    </message>
    <message>
        <source>The row cannot be read as comma-separated text ({reason}).</source>
        <translation>Строку не удаётся прочитать как текст с разделителями-запятыми ({reason}).</translation>
    </message>
    <message>
        <source>The file is not a text file; expected a CSV file saved as text.</source>
        <translation>Файл не является текстовым; ожидается файл CSV, сохранённый как текст.</translation>
    </message>
    <message>
        <source>The file is a web page (HTML) with a spreadsheet name, not a real spreadsheet; open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>Файл — веб-страница (HTML) с именем электронной таблицы, а не настоящая электронная таблица; откройте его в Excel и сохраните как книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file is an XML document (perhaps an Excel 2003 XML spreadsheet), not a supported spreadsheet; open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>Файл — документ XML (возможно, таблица XML Excel 2003), а не поддерживаемая электронная таблица; откройте его в Excel и сохраните как книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file is empty: it has only blank space.</source>
        <translation>Файл пуст: в нём нет ничего, кроме пробелов.</translation>
    </message>
    <message>
        <source>The text is not valid {encoding} ({reason}).</source>
        <translation>Текст не соответствует кодировке {encoding} ({reason}).</translation>
    </message>
    <message>
        <source>A cell is longer than {length:,} characters; Excel allows at most {limit:,}.</source>
        <translation>Ячейка длиннее {length:,} символов; Excel допускает не более {limit:,}.</translation>
    </message>
    <message>
        <source>The row cannot be read as {delimiter}-separated text ({reason}).</source>
        <translation>Строку не удаётся прочитать как текст с разделителем {delimiter} ({reason}).</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>an Excel macro-enabled workbook (.xlsm)</source>
        <translation>книга Excel с макросами (.xlsm)</translation>
    </message>
    <message>
        <source>an Excel binary workbook (.xlsb)</source>
        <translation>двоичная книга Excel (.xlsb)</translation>
    </message>
    <message>
        <source>an Excel 97–2003 workbook (.xls)</source>
        <translation>книга Excel 97–2003 (.xls)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>электронная таблица OpenDocument (.ods)</translation>
    </message>
    <message>
        <source>a text (CSV) file</source>
        <translation>текстовый файл (CSV)</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>презентация PowerPoint</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <source>This is a folder, not a spreadsheet file.</source>
        <translation>Это папка, а не файл электронной таблицы.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Файл пуст (0 байт).</translation>
    </message>
    <message>
        <source>an OpenDocument {kind} file</source>
        <translation>файл OpenDocument типа {kind}</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP-архив</translation>
    </message>
    <message>
        <source>an Office file of another kind</source>
        <translation>файл Office другого типа</translation>
    </message>
    <message>
        <source>The file is {kind} although its name ends in {suffix}; it was read as {read_as}.</source>
        <translation>Этот файл — {kind}, хотя его имя оканчивается на {suffix}; он прочитан как {read_as}.</translation>
    </message>
    <message>
        <source>The file is {kind} although its name has no extension; it was read as {read_as}.</source>
        <translation>Этот файл — {kind}, хотя у его имени нет расширения; он прочитан как {read_as}.</translation>
    </message>
    <message>
        <source>an element with no number is numbered by its place in its standard</source>
        <translation>элемент без номера нумеруется по его месту в стандарте</translation>
    </message>
    <message>
        <source>the measurable element has no text.</source>
        <translation>у измеримого элемента нет текста.</translation>
    </message>
    <message>
        <source>this measurable element has no standard above it or on its row.</source>
        <translation>у этого измеримого элемента нет стандарта ни выше, ни в его строке.</translation>
    </message>
    <message>
        <source>duplicate measurable element {code} (first on row {first}).</source>
        <translation>повторяющийся измеримый элемент {code} (впервые в строке {first}).</translation>
    </message>
    <message>
        <source>chapter {code} has a different title than on row {first} (&apos;{title}&apos;).</source>
        <translation>у главы {code} другое название, чем в строке {first} («{title}»).</translation>
    </message>
    <message>
        <source>standard {code} has no chapter above it or on its row.</source>
        <translation>у стандарта {code} нет главы ни выше, ни в его строке.</translation>
    </message>
    <message>
        <source>standard {code} is under chapter {chapter} here but under {first_chapter} on row {first}; standard codes must be unique.</source>
        <translation>стандарт {code} находится здесь в главе {chapter}, а в строке {first} — в главе {first_chapter}; коды стандартов должны быть уникальными.</translation>
    </message>
    <message>
        <source>standard {code} has a different text than on row {first}.</source>
        <translation>у стандарта {code} другой текст, чем в строке {first}.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not COLUMN=FIELD (for example D=standard_code).</source>
        <translation>«{item}» не имеет вида СТОЛБЕЦ=ПОЛЕ (например, D=standard_code).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field; the fields are: {fields}.</source>
        <translation>«{name}» не является полем; допустимые поля: {fields}.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not COLUMN=TEXT (for example D=Requirement:).</source>
        <translation>«{item}» не имеет вида СТОЛБЕЦ=ТЕКСТ (например, D=Requirement:).</translation>
    </message>
    <message>
        <source>the --map fields mix the flat and the outline layout; use one of them.</source>
        <translation>поля --map смешивают плоскую и иерархическую структуру; используйте одну из них.</translation>
    </message>
    <message>
        <source>no header row was found in the first {rows} rows with the headers named in --map ({named}); expected column headers such as &apos;{first}&apos; and &apos;{second}&apos;. Name the columns with --map COLUMN=FIELD if the headers differ.</source>
        <translation>в первых {rows} строках не найдена строка заголовков с заголовками, указанными в --map ({named}); ожидаются заголовки столбцов, например «{first}» и «{second}». Если заголовки другие, укажите столбцы через --map СТОЛБЕЦ=ПОЛЕ.</translation>
    </message>
    <message>
        <source>no header row was found in the first {rows} rows; expected column headers such as &apos;{first}&apos; and &apos;{second}&apos;. Name the columns with --map COLUMN=FIELD if the headers differ.</source>
        <translation>в первых {rows} строках не найдена строка заголовков; ожидаются заголовки столбцов, например «{first}» и «{second}». Если заголовки другие, укажите столбцы через --map СТОЛБЕЦ=ПОЛЕ.</translation>
    </message>
    <message>
        <source>no column for &apos;{field}&apos; in the header row; expected a header such as {examples}, or name the column with --map COLUMN={name}.</source>
        <translation>в строке заголовков нет столбца для «{field}»; ожидается заголовок, например {examples}; иначе укажите столбец через --map СТОЛБЕЦ={name}.</translation>
    </message>
    <message>
        <source>a chapter with no code is numbered by its place among the chapters</source>
        <translation>глава без кода нумеруется по её месту среди глав</translation>
    </message>
    <message>
        <source>a standard with no code takes its chapter&apos;s code and its place in the chapter</source>
        <translation>стандарт без кода получает код своей главы и своё место в ней</translation>
    </message>
    <message>
        <source>an element with no code takes its standard&apos;s code, “ME” and its place in it</source>
        <translation>элемент без кода получает код своего стандарта, «ME» и своё место в нём</translation>
    </message>
    <message>
        <source>duplicate code {code} (first on row {first}).</source>
        <translation>повторяющийся код {code} (впервые в строке {first}).</translation>
    </message>
    <message>
        <source>the first row of the outline needs a code.</source>
        <translation>в первой строке иерархии должен быть код.</translation>
    </message>
    <message>
        <source>expected yes/no (or x / empty), found &apos;{text}&apos;.</source>
        <translation>ожидается да/нет (или x / пусто), найдено «{text}».</translation>
    </message>
    <message>
        <source>expected a level of 1 or more, found &apos;{text}&apos;.</source>
        <translation>ожидается уровень 1 или больше, найдено «{text}».</translation>
    </message>
    <message>
        <source>level {depth} follows level {above}; expected at most {deepest}.</source>
        <translation>уровень {depth} следует за уровнем {above}; ожидается не больше {deepest}.</translation>
    </message>
    <message>
        <source>level {depth} is deeper than the {most} levels read.</source>
        <translation>уровень {depth} глубже {most} читаемых уровней.</translation>
    </message>
    <message>
        <source>the chapter has nothing assessable, so its text is not imported.</source>
        <translation>в главе нет ничего оцениваемого, поэтому её текст не импортируется.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>the row has no code, so it is cited as {code}: {rule}.</source>
        <translation>у строки нет кода, поэтому она обозначена как {code}: {rule}.</translation>
    </message>
    <message>
        <source>expected a number of 0 or more, found &apos;{text}&apos;.</source>
        <translation>ожидается число 0 или больше, найдено «{text}».</translation>
    </message>
    <message>
        <source>column {column} is not imported; to keep it with each element, read it as “Kept as an attribute” (on the command line: --map {letter}=attribute).</source>
        <translation>столбец {column} не импортируется; чтобы сохранить его у каждого элемента, выберите для него «Сохранить как атрибут» (в командной строке: --map {letter}=attribute).</translation>
    </message>
    <message>
        <source>{count:,} codes in all were made so: {rule}.</source>
        <translation>всего так создано кодов: {count:,} ({rule}).</translation>
    </message>
    <message>
        <source>all {count:,} cells of this column start with “{prefix}”; remove it with --strip-prefix &quot;{letter}={prefix}&quot;.</source>
        <translation>все ячейки этого столбца ({count:,}) начинаются с «{prefix}»; уберите это с помощью --strip-prefix &quot;{letter}={prefix}&quot;.</translation>
    </message>
    <message>
        <source>no measurable elements were found below the header row {row}.</source>
        <translation>ниже строки заголовков {row} не найдено ни одного измеримого элемента.</translation>
    </message>
    <message>
        <source>The sheet has 1 merged cell range (first {span}); each was read as if its value filled every cell.</source>
        <translation>На листе есть 1 объединённый диапазон ячеек (первый — {span}); он прочитан так, как будто его значение заполняет все его ячейки.</translation>
    </message>
    <message>
        <source>The sheet has merged cell ranges ({count:,} in all, first {span}); each was read as if its value filled every cell.</source>
        <translation>На листе есть объединённые диапазоны ячеек (всего {count:,}, первый — {span}); каждый прочитан так, как будто его значение заполняет все его ячейки.</translation>
    </message>
    <message>
        <source>The cell text is {length:,} characters long; Excel allows at most {limit:,}, so the file is damaged or was not made by a spreadsheet program.</source>
        <translation>Длина текста ячейки — {length:,} символов; Excel допускает не более {limit:,}, поэтому файл повреждён или создан не программой для электронных таблиц.</translation>
    </message>
    <message>
        <source>The file has no sheet named &apos;{name}&apos;; its sheets are: {listed}.</source>
        <translation>В файле нет листа с именем «{name}»; его листы: {listed}.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Лист пуст.</translation>
    </message>
    <message>
        <source>The file has no data in any sheet.</source>
        <translation>Ни на одном листе файла нет данных.</translation>
    </message>
    <message>
        <source>a Microsoft Office file of another kind (such as a Word .doc)</source>
        <translation>файл Microsoft Office другого типа (например, документ Word .doc)</translation>
    </message>
    <message>
        <source>a part cannot be unpacked: {error}</source>
        <translation>часть не удаётся распаковать: {error}</translation>
    </message>
    <message>
        <source>The cell has a formula with no saved value; open the file in Excel or LibreOffice, save it, and import again.</source>
        <translation>В ячейке есть формула без сохранённого значения; откройте файл в Excel или LibreOffice, сохраните его и импортируйте снова.</translation>
    </message>
    <message>
        <source>{count:,} more cells have formulas with no saved value.</source>
        <translation>Ещё ячеек с формулами без сохранённого значения: {count:,}.</translation>
    </message>
    <message>
        <source>The sheet has 1 formula cell; its saved value was used (at {first}).</source>
        <translation>На листе есть 1 ячейка с формулой; использовано её сохранённое значение (в {first}).</translation>
    </message>
    <message>
        <source>The sheet has formula cells ({count:,} in all); their saved values were used (first at {first}).</source>
        <translation>На листе есть ячейки с формулами (всего {count:,}); использованы их сохранённые значения (первая — в {first}).</translation>
    </message>
    <message>
        <source>The program that wrote the file asked for them to be recalculated, so they may be out of date; open and save the file in Excel to be sure.</source>
        <translation>Программа, создавшая файл, запросила их пересчёт, поэтому значения могут быть устаревшими; для надёжности откройте и сохраните файл в Excel.</translation>
    </message>
    <message>
        <source>none of the sheets has the header row of a standards list in its first {rows} rows; its sheets are: {sheets}. Name the sheet to read with --sheet NAME.</source>
        <translation>ни на одном листе в первых {rows} строках нет строки заголовков списка стандартов; листы файла: {sheets}. Укажите лист для чтения через --sheet ИМЯ.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” is read: its row {row} has the headers of a standards list ({headers}); the other sheets ({others}) have none that fit as well.</source>
        <translation>Читается лист «{sheet}»: в его строке {row} заголовки списка стандартов ({headers}); на других листах ({others}) таких подходящих заголовков нет.</translation>
    </message>
    <message>
        <source>The file is larger than {limit}, the most a standards library may have; it was refused for safety.</source>
        <translation>Файл больше {limit} — это предел для библиотеки стандартов; он отклонён из соображений безопасности.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>строка {line}, столбец {column}</translation>
    </message>
    <message>
        <source>The file is not valid YAML ({where}: {problem}).</source>
        <translation>Файл не является корректным YAML ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The file is not valid YAML ({problem}).</source>
        <translation>Файл не является корректным YAML ({problem}).</translation>
    </message>
    <message>
        <source>The file has a YAML alias that contains itself, which a standards library never needs; it was refused for safety.</source>
        <translation>В файле есть псевдоним YAML, который содержит сам себя; библиотеке стандартов это никогда не нужно, и файл отклонён из соображений безопасности.</translation>
    </message>
    <message>
        <source>The file uses YAML aliases (*name) {count:,} times, growing from {items:,} to {expanded:,} items; a standards library needs at most {limit} and must not grow. It was refused for safety.</source>
        <translation>Файл использует псевдонимы YAML (*имя) {count:,} раз и разрастается с {items:,} до {expanded:,} элементов; библиотеке стандартов нужно не более {limit}, и она не должна разрастаться. Файл отклонён из соображений безопасности.</translation>
    </message>
    <message>
        <source>requirement node {number} is not a mapping of keys.</source>
        <translation>узел требований {number} не является набором ключей.</translation>
    </message>
    <message>
        <source>the parent_urn chain of {urn} comes back to itself.</source>
        <translation>цепочка parent_urn узла {urn} возвращается к нему самому.</translation>
    </message>
    <message>
        <source>parent_urn {urn} is not the urn of another requirement node.</source>
        <translation>parent_urn {urn} не является urn другого узла требований.</translation>
    </message>
    <message>
        <source>The file is YAML but not a framework library: it has no objects → framework → requirement_nodes list.</source>
        <translation>Файл в формате YAML, но это не библиотека требований: в нём нет списка objects → framework → requirement_nodes.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import standards…</source>
        <translation>&amp;Импорт стандартов…</translation>
    </message>
    <message>
        <source>&amp;Take back results from a report…</source>
        <translation>&amp;Вернуть результаты из отчёта…</translation>
    </message>
    <message>
        <source>Standards imported</source>
        <translation>Стандарты импортированы</translation>
    </message>
    <message>
        <source>The library “%1” is now in the project: %2, %3, %4.

Start an assessment against it now?</source>
        <translation>Библиотека «%1» теперь в проекте: %2, %3, %4.

Начать оценку по ней сейчас?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chapter(s)</source>
        <translation>
            <numerusform>%Ln глава</numerusform>
            <numerusform>%Ln главы</numerusform>
            <numerusform>%Ln глав</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standard(s)</source>
        <translation>
            <numerusform>%Ln стандарт</numerusform>
            <numerusform>%Ln стандарта</numerusform>
            <numerusform>%Ln стандартов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measurable element(s)</source>
        <translation>
            <numerusform>%Ln измеримый элемент</numerusform>
            <numerusform>%Ln измеримых элемента</numerusform>
            <numerusform>%Ln измеримых элементов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import standards — %s</source>
        <translation>Импорт стандартов — %s</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Flat: one row per measurable element</source>
        <translation>Плоская: одна строка на измеримый элемент</translation>
    </message>
    <message>
        <source>Outline: chapters, standards and elements by level</source>
        <translation>Иерархическая: главы, стандарты и элементы по уровням</translation>
    </message>
    <message>
        <source>for example 8th edition</source>
        <translation>например, 8-е издание</translation>
    </message>
    <message>
        <source>for example Joint Commission Intl.</source>
        <translation>например, Joint Commission Intl.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Структура:</translation>
    </message>
    <message>
        <source>Library &amp;name:</source>
        <translation>&amp;Название библиотеки:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>Из&amp;дание:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>Изд&amp;атель:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Read the whole file and list anything wrong in it</source>
        <translation>Прочитать весь файл и перечислить все найденные ошибки</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Add the checked standards to the project</source>
        <translation>Добавить проверенные стандарты в проект</translation>
    </message>
    <message>
        <source>Reading %s</source>
        <translation>Чтение %s</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Не удаётся прочитать файл</translation>
    </message>
    <message>
        <source>Reading the sheet was cancelled.</source>
        <translation>Чтение листа отменено.</translation>
    </message>
    <message>
        <source>This sheet cannot be read; nothing was imported. Choose another sheet.</source>
        <translation>Этот лист не удаётся прочитать; ничего не импортировано. Выберите другой лист.</translation>
    </message>
    <message>
        <source>This file cannot be read; nothing was imported. Fix the file, or choose another one.</source>
        <translation>Этот файл не удаётся прочитать; ничего не импортировано. Исправьте файл или выберите другой.</translation>
    </message>
    <message>
        <source>No header row was found in the first %s rows of this sheet; nothing was imported. Choose another sheet, or add a row of column headers to the file.</source>
        <translation>В первых %s строках этого листа не найдена строка заголовков; ничего не импортировано. Выберите другой лист или добавьте в файл строку заголовков столбцов.</translation>
    </message>
    <message>
        <source>Checking %s</source>
        <translation>Проверка %s</translation>
    </message>
    <message>
        <source>Checking the file failed</source>
        <translation>Проверить файл не удалось</translation>
    </message>
    <message>
        <source>Checking was cancelled; nothing was imported.</source>
        <translation>Проверка отменена; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Nothing was imported. To import the file beside the library of the same name, give it another name, or import it again as a new edition.</source>
        <translation>Ничего не импортировано. Чтобы импортировать файл рядом с одноимённой библиотекой, дайте ему другое название или импортируйте его снова как новую редакцию.</translation>
    </message>
    <message>
        <source>Importing %s</source>
        <translation>Импорт %s</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>The import was cancelled; the project has not been changed.</source>
        <translation>Импорт отменён; проект не изменён.</translation>
    </message>
    <message>
        <source>New edition?</source>
        <translation>Новая редакция?</translation>
    </message>
    <message>
        <source>The new edition is kept beside the earlier one, under the edition typed above (or today&apos;s date); assessments of the earlier edition stay as they are.</source>
        <translation>Новая редакция хранится рядом с прежней, под редакцией, указанной выше (или под сегодняшней датой); оценки прежней редакции остаются как есть.</translation>
    </message>
    <message>
        <source>&amp;Keep as new edition</source>
        <translation>&amp;Сохранить как новую редакцию</translation>
    </message>
    <message>
        <source>Click Check to read the whole file with these columns.</source>
        <translation>Нажмите «Проверить», чтобы прочитать весь файл с этими столбцами.</translation>
    </message>
    <message>
        <source>Opening %s</source>
        <translation>Открытие %s</translation>
    </message>
    <message>
        <source>The project has not been changed. Details are in the log file %s.</source>
        <translation>Проект не изменён. Подробности — в файле журнала %s.</translation>
    </message>
    <message>
        <source>Import standards</source>
        <translation>Импорт стандартов</translation>
    </message>
    <message>
        <source>Spreadsheets and library files (%s);;All files (*)</source>
        <translation>Электронные таблицы и файлы библиотек (%s);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>InsightActions</name>
    <message>
        <source>E&amp;xport audit report…</source>
        <translation>&amp;Экспорт отчёта для аудита…</translation>
    </message>
    <message>
        <source>Export audit report with the audit &amp;trail…</source>
        <translation>Экспорт отчёта с &amp;журналом изменений…</translation>
    </message>
    <message>
        <source>Export elements as &amp;CSV…</source>
        <translation>Экспорт элементов в &amp;CSV…</translation>
    </message>
    <message>
        <source>Action &amp;plan lists elements not yet assessed</source>
        <translation>&amp;План действий включает неоценённые элементы</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Журнал изменений…</translation>
    </message>
    <message>
        <source>&amp;Compare assessments…</source>
        <translation>&amp;Сравнить оценки…</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>every chunk is missing ({size:,} bytes expected)</source>
        <translation>отсутствуют все фрагменты (ожидалось байт: {size:,})</translation>
    </message>
    <message>
        <source>{missing} of {chunks} chunks missing (numbers {numbers})</source>
        <translation>отсутствуют фрагменты: {missing} из {chunks} (номера {numbers})</translation>
    </message>
    <message>
        <source>size mismatch: only {stored:,} of {size:,} bytes stored (missing at the end)</source>
        <translation>несовпадение размера: сохранено байт: {stored:,} из {size:,} (не хватает конца)</translation>
    </message>
    <message>
        <source>size mismatch: {stored:,} bytes stored where {size:,} were expected</source>
        <translation>несовпадение размера: сохранено байт: {stored:,}, а ожидалось {size:,}</translation>
    </message>
    <message>
        <source>hash mismatch: the stored bytes are not the file that was attached</source>
        <translation>несовпадение хеша: сохранённые данные не совпадают с прикреплённым файлом</translation>
    </message>
    <message>
        <source>Every evidence file was re-read and compared with its SHA-256. The database&apos;s own structure is kept by its server and is not checked here; its administrator checks it with the server&apos;s tools.</source>
        <translation>Каждый файл-доказательство прочитан заново и сверен со своей суммой SHA-256. Структуру самой базы данных поддерживает её сервер, и здесь она не проверяется; её проверяет администратор базы данных средствами сервера.</translation>
    </message>
    <message>
        <source>{backup} is not an Accredit Tracker project; choose a backup of {name}.</source>
        <translation>{backup} не является проектом Accredit Tracker; выберите резервную копию файла {name}.</translation>
    </message>
    <message>
        <source>{backup} is the damaged project itself; choose one of its backups.</source>
        <translation>{backup} — это сам повреждённый проект; выберите одну из его резервных копий.</translation>
    </message>
    <message>
        <source>Cannot restore {backup} to {path}: {reason}.</source>
        <translation>Не удаётся восстановить {backup} в {path}: {reason}.</translation>
    </message>
    <message>
        <source>{project} is shared on a database server, and this backup copies project files only. Back it up with the server&apos;s own tools (e.g. pg_dump), or copy it into a project file.</source>
        <translation>{project} — общий проект на сервере базы данных, а здесь резервное копирование охватывает только файлы проектов. Создайте его резервную копию средствами самого сервера (например, pg_dump) или скопируйте его в файл проекта.</translation>
    </message>
    <message>
        <source>Cannot write the backup {target}: {reason}.</source>
        <translation>Не удаётся записать резервную копию {target}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot back up to {target}: the folder {folder} does not exist.</source>
        <translation>Не удаётся сохранить резервную копию в {target}: папка {folder} не существует.</translation>
    </message>
    <message>
        <source>{target} is the open project itself; choose another name for the backup.</source>
        <translation>{target} — это сам открытый проект; выберите для резервной копии другое имя.</translation>
    </message>
    <message>
        <source>{target} seems to be open in another program (it has a -wal or -shm file beside it); close it there or choose another name.</source>
        <translation>{target}, похоже, открыт в другой программе (рядом с ним есть файл -wal или -shm); закройте его там или выберите другое имя.</translation>
    </message>
    <message>
        <source>{target} exists and is not an Accredit Tracker project; it is left alone. Choose a new name (ending in {suffix}).</source>
        <translation>{target} уже существует и не является проектом Accredit Tracker; он оставлен без изменений. Выберите новое имя (с окончанием {suffix}).</translation>
    </message>
    <message>
        <source>{target} holds a different project, not an earlier backup of {project}; it was left alone.</source>
        <translation>В {target} другой проект, а не прежняя резервная копия {project}; он оставлен без изменений.</translation>
    </message>
</context>
<context>
    <name>Libraries</name>
    <message>
        <source>This list is already in the project as &apos;{library}&apos;, with the same chapters, standards and measurable elements; nothing was imported.</source>
        <translation>Этот перечень уже есть в проекте как «{library}», с теми же главами, стандартами и измеримыми элементами; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The project already has a library named &apos;{name}&apos; with different content. Import this list as a new edition beside it?</source>
        <translation>В проекте уже есть библиотека «{name}» с другим содержанием. Импортировать этот перечень как новую редакцию рядом с ней?</translation>
    </message>
    <message>
        <source>{name} (edition {edition})</source>
        <translation>{name} (редакция {edition})</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Пересмотреть до</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Подтверждает</translation>
    </message>
    <message>
        <source>no element</source>
        <translation>нет элементов</translation>
    </message>
    <message>
        <source> and %s more</source>
        <translation> и ещё %s</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <source>Section: %s</source>
        <translation>Раздел: %s</translation>
    </message>
    <message>
        <source>Guidance: %s</source>
        <translation>Пояснение: %s</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Доказательства</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Оценка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> Оценка: </translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Не удаётся открыть проект</translation>
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
        <translation>В этом проекте есть библиотека стандартов, но ещё нет оценки.

Чтобы начать её, выберите Оценка → Новая оценка.</translation>
    </message>
    <message>
        <source>This project has no standards library yet.

Use File → Import standards to read one from a spreadsheet.</source>
        <translation>В этом проекте ещё нет библиотеки стандартов.

Чтобы загрузить её из электронной таблицы, выберите Файл → Импорт стандартов.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Tracers</source>
        <translation>Трейсеры</translation>
    </message>
    <message>
        <source>Move through the elements</source>
        <translation>Перемещение по элементам</translation>
    </message>
    <message>
        <source>Select several elements</source>
        <translation>Выделить несколько элементов</translation>
    </message>
    <message>
        <source>Delete the chosen tracer, finding or action (Tracers tab)</source>
        <translation>Удалить выбранный трейсер, замечание или мероприятие (вкладка «Трейсеры»)</translation>
    </message>
    <message>
        <source>The result keys work when the element table has the focus; they apply to every selected element.</source>
        <translation>Клавиши результатов работают, когда фокус в таблице элементов; они применяются ко всем выделенным элементам.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>MappedTreeBox</name>
    <message>
        <source>What will be imported</source>
        <translation>Что будет импортировано</translation>
    </message>
    <message>
        <source>The outline is mapped so: a top-level row is a chapter; every assessable row is a measurable element; an element belongs to the nearest row above it that is not assessable (its standard), and an assessable row right under a chapter is a standard with itself as its first element; the headings between a standard and an element are the element&apos;s section; rows with nothing assessable under them are guidance of the row above. Codes made for rows with none are listed under Check.</source>
        <translation>Иерархия отображается так: строка верхнего уровня — глава; каждая оцениваемая строка — измеримый элемент; элемент относится к ближайшей строке выше, которая сама не оценивается (это его стандарт), а оцениваемая строка прямо под главой — стандарт, первым элементом которого является она сама; заголовки между стандартом и элементом — раздел элемента; строки, под которыми нет ничего оцениваемого, — пояснения к строке выше. Коды, созданные для строк без кода, перечислены в разделе «Проверка».</translation>
    </message>
    <message>
        <source>Remove “%s” from the start of every cell of column %s</source>
        <translation>Убрать «%s» в начале каждой ячейки столбца %s</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Mappings between libraries</source>
        <translation>Сопоставления библиотек</translation>
    </message>
    <message>
        <source>&amp;New mapping…</source>
        <translation>&amp;Новое сопоставление…</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Сопоставление:</translation>
    </message>
    <message>
        <source>Only &amp;unmapped elements</source>
        <translation>Только &amp;несопоставленные элементы</translation>
    </message>
    <message>
        <source>Show only the elements that no source element bears on, and the source elements that bear on nothing</source>
        <translation>Показать только элементы, к которым не относится ни один исходный элемент, и исходные элементы, которые ни к чему не относятся</translation>
    </message>
    <message>
        <source>&amp;Export coverage…</source>
        <translation>&amp;Экспорт покрытия…</translation>
    </message>
    <message>
        <source>Write a workbook: each target element with the source elements bearing on it and their results, and the elements unmapped in each library</source>
        <translation>Записать книгу Excel: каждый целевой элемент с относящимися к нему исходными элементами и их результатами, а также несопоставленные элементы каждой библиотеки</translation>
    </message>
    <message>
        <source>Results of:</source>
        <translation>Результаты оценки:</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Сопоставлен с</translation>
    </message>
    <message>
        <source>Mapped from</source>
        <translation>Сопоставлен из</translation>
    </message>
    <message>
        <source>Source elements and their results</source>
        <translation>Исходные элементы и их результаты</translation>
    </message>
    <message>
        <source>Worst / best result</source>
        <translation>Худший / лучший результат</translation>
    </message>
    <message>
        <source>Target element</source>
        <translation>Целевой элемент</translation>
    </message>
    <message>
        <source>Source element</source>
        <translation>Исходный элемент</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Найдено по</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>&amp;Принять выбранные</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Принять &amp;все</translation>
    </message>
    <message>
        <source>%s: %s → %s</source>
        <translation>%s: %s → %s</translation>
    </message>
    <message>
        <source>No mapping yet: start one with New mapping.</source>
        <translation>Сопоставлений пока нет: создайте его кнопкой «Новое сопоставление».</translation>
    </message>
    <message>
        <source>&lt;b&gt;From %s&lt;/b&gt; — %s elements, %s not mapped</source>
        <translation>&lt;b&gt;Из %s&lt;/b&gt; — элементов: %s, не сопоставлено: %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;To %s&lt;/b&gt; — %s elements, %s not mapped</source>
        <translation>&lt;b&gt;В %s&lt;/b&gt; — элементов: %s, не сопоставлено: %s</translation>
    </message>
    <message>
        <source>same code</source>
        <translation>тот же код</translation>
    </message>
    <message>
        <source>similar text</source>
        <translation>похожий текст</translation>
    </message>
    <message>
        <source>Suggestions for the target elements not mapped yet: %s</source>
        <translation>Предложения для ещё не сопоставленных целевых элементов: %s</translation>
    </message>
    <message>
        <source>No assessment of the source library yet</source>
        <translation>Оценок исходной библиотеки пока нет</translation>
    </message>
    <message>
        <source>%s of %s target elements have no source element bearing on them; %s source elements bear on nothing.</source>
        <translation>Целевых элементов без относящихся к ним исходных элементов: %s из %s; исходных элементов, которые ни к чему не относятся: %s.</translation>
    </message>
    <message>
        <source>coverage</source>
        <comment>in a file name</comment>
        <translation>покрытие</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>Экспорт покрытия</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>Запись %s</translation>
    </message>
    <message>
        <source>Coverage not written</source>
        <translation>Покрытие не записано</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written or changed.</source>
        <translation>Отменено; %s не записан и не изменён.</translation>
    </message>
    <message>
        <source>Wrote %s.</source>
        <translation>Записан %s.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
</context>
<context>
    <name>Mappings</name>
    <message>
        <source>Assessment &apos;{assessment}&apos; is not of the library mapping &apos;{mapping}&apos; leads to.</source>
        <translation>Оценка «{assessment}» не относится к библиотеке, к которой ведёт сопоставление «{mapping}».</translation>
    </message>
    <message>
        <source>Values can be carried only into an assessment in which nothing has been recorded yet; &apos;{assessment}&apos; holds results, notes, evidence or carried values already.</source>
        <translation>Значения можно перенести только в оценку, в которой ещё ничего не записано; в «{assessment}» уже есть результаты, заметки, доказательства или перенесённые значения.</translation>
    </message>
    <message>
        <source>There is no mapping with id {id}.</source>
        <translation>Нет сопоставления с номером {id}.</translation>
    </message>
    <message>
        <source>Assessment &apos;{assessment}&apos; is not of the library mapping &apos;{mapping}&apos; starts from.</source>
        <translation>Оценка «{assessment}» не относится к библиотеке, от которой идёт сопоставление «{mapping}».</translation>
    </message>
    <message>
        <source>There is no suggestion with id {id}.</source>
        <translation>Нет предложения с номером {id}.</translation>
    </message>
    <message>
        <source>This suggestion has been decided already.</source>
        <translation>По этому предложению решение уже принято.</translation>
    </message>
    <message>
        <source>There is no standards library with id {id}.</source>
        <translation>Нет библиотеки стандартов с номером {id}.</translation>
    </message>
    <message>
        <source>A mapping needs a name.</source>
        <translation>Сопоставлению нужно имя.</translation>
    </message>
    <message>
        <source>A mapping goes from one library to another, not to itself.</source>
        <translation>Сопоставление связывает одну библиотеку с другой, а не с самой собой.</translation>
    </message>
    <message>
        <source>There is already a mapping named &apos;{name}&apos;.</source>
        <translation>Сопоставление с именем «{name}» уже есть.</translation>
    </message>
    <message>
        <source>There is no mapping named &apos;{name}&apos;.</source>
        <translation>Нет сопоставления с именем «{name}».</translation>
    </message>
    <message>
        <source>{source} is mapped to {target} twice.</source>
        <translation>{source} сопоставлен с {target} дважды.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an element or standard of the source library.</source>
        <translation>«{code}» — не элемент и не стандарт исходной библиотеки.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an element or standard of the target library.</source>
        <translation>«{code}» — не элемент и не стандарт целевой библиотеки.</translation>
    </message>
    <message>
        <source>{source} → {target} is mapped already on row {row}.</source>
        <translation>{source} → {target} уже сопоставлено в строке {row}.</translation>
    </message>
    <message>
        <source>The source code is empty.</source>
        <translation>Код источника пуст.</translation>
    </message>
    <message>
        <source>The target code is empty.</source>
        <translation>Целевой код пуст.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a relationship; use equal, subset, superset, intersect or not related.</source>
        <translation>«{word}» — не вид связи; используйте равно, подмножество, надмножество, пересечение или не связано.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a strength from 0 to 10.</source>
        <translation>«{text}» — не сила связи от 0 до 10.</translation>
    </message>
    <message>
        <source>The file has no mapping rows.</source>
        <translation>В файле нет строк сопоставления.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB, too large for a mapping.</source>
        <translation>Файл больше {limit} МБ — слишком велик для сопоставления.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Файл не является текстом UTF-8.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Файл не читается: {reason}</translation>
    </message>
    <message>
        <source>The file uses YAML aliases (*name), which a mapping does not need; it is refused, as aliases can expand without end.</source>
        <translation>В файле есть псевдонимы YAML (*имя), которые сопоставлению не нужны; он отклонён, так как псевдонимы могут разрастаться без конца.</translation>
    </message>
    <message>
        <source>The file is not valid YAML: {reason}</source>
        <translation>Файл не является корректным YAML: {reason}</translation>
    </message>
    <message>
        <source>The file holds no requirement_mapping_set with requirement_mappings.</source>
        <translation>В файле нет requirement_mapping_set с requirement_mappings.</translation>
    </message>
</context>
<context>
    <name>MyWorkDialog</name>
    <message>
        <source>My work</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>Save as calendar (.ics)…</source>
        <translation>Сохранить как календарь (.ics)…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Корректирующее мероприятие</translation>
    </message>
    <message>
        <source>Evidence review</source>
        <translation>Пересмотр доказательства</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Save the due dates as a calendar</source>
        <translation>Сохранить сроки как календарь</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation>Календарь не сохранён</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>e.g. Mock survey, spring 2027</source>
        <translation>например, Пробное обследование, весна 2027</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>Mock survey</source>
        <translation>Пробное обследование</translation>
    </message>
    <message>
        <source>Official survey</source>
        <translation>Официальное обследование</translation>
    </message>
    <message>
        <source>Follow-up survey</source>
        <translation>Повторное обследование</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <source>Blank: every element not assessed</source>
        <translation>С нуля: все элементы не оценены</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln element(s))</source>
        <translation>
            <numerusform>%1 (%Ln элемент)</numerusform>
            <numerusform>%1 (%Ln элемента)</numerusform>
            <numerusform>%1 (%Ln элементов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Results of “%s”</source>
        <translation>Результаты «%s»</translation>
    </message>
    <message>
        <source>“%s” on another library, through the mapping “%s”</source>
        <translation>«%s» по другой библиотеке, через сопоставление «%s»</translation>
    </message>
    <message>
        <source>and their evidence links</source>
        <translation>и их связи с доказательствами</translation>
    </message>
    <message>
        <source>Link each element to the evidence files it has in the earlier assessment</source>
        <translation>Связать каждый элемент с теми файлами-доказательствами, с которыми он связан в предыдущей оценке</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Survey starts</source>
        <translation>Начало обследования</translation>
    </message>
    <message>
        <source>Survey ends</source>
        <translation>Окончание обследования</translation>
    </message>
    <message>
        <source>Standards library</source>
        <translation>Библиотека стандартов</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Профиль оценки</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Начать с</translation>
    </message>
    <message>
        <source>Import a standards library first.</source>
        <translation>Сначала импортируйте библиотеку стандартов.</translation>
    </message>
    <message>
        <source>The survey cannot end (%s) before it starts (%s).</source>
        <translation>Обследование не может закончиться (%s) раньше, чем начнётся (%s).</translation>
    </message>
</context>
<context>
    <name>NewMappingDialog</name>
    <message>
        <source>New mapping</source>
        <translation>Новое сопоставление</translation>
    </message>
    <message>
        <source>none: start empty and build it in the view</source>
        <translation>нет: начать с пустого и заполнить в окне</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>From library</source>
        <translation>Из библиотеки</translation>
    </message>
    <message>
        <source>To library</source>
        <translation>В библиотеку</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Импорт из</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Импорт сопоставления</translation>
    </message>
    <message>
        <source>Mapping files (*.xlsx *.xlsm *.xls *.ods *.csv *.yaml *.yml)</source>
        <translation>Файлы сопоставлений (*.xlsx *.xlsm *.xls *.ods *.csv *.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
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
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <source>Open another project…</source>
        <translation>Открыть другой проект…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of %s found it damaged:</source>
        <translation>Проверка SQLite обнаружила повреждения в файле %s:</translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation>Повреждённый проект</translation>
    </message>
    <message>
        <source>Restore it from a backup (Restore from a backup…).</source>
        <translation>Восстановите его из резервной копии («Восстановить из резервной копии…»).</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of %s found its structure sound; the problem is the one reported when opening it.</source>
        <translation>Проверка SQLite не нашла повреждений в структуре файла %s; проблема — та, о которой сообщалось при открытии.</translation>
    </message>
    <message>
        <source>Restore %s from a backup</source>
        <translation>Восстановление %s из резервной копии</translation>
    </message>
    <message>
        <source>Backups (*.bak *%s);;All files (*)</source>
        <translation>Резервные копии (*.bak *%s);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Put a copy of %1 in the place of %2? The file there now is kept beside it, renamed to %2.damaged- and the date and time.</source>
        <translation>Поместить копию %1 на место %2? Нынешний файл сохранится рядом под именем %2.damaged- с датой и временем.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Export improvement plan</source>
        <translation>Экспорт плана улучшений</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>Запись файла %s</translation>
    </message>
    <message>
        <source>Improvement plan not written</source>
        <translation>План улучшений не записан</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written or changed.</source>
        <translation>Отменено; файл %s не записан и не изменён.</translation>
    </message>
    <message>
        <source>Wrote %s.

Open it now?</source>
        <translation>Записан файл %s.

Открыть его сейчас?</translation>
    </message>
</context>
<context>
    <name>PreferenceActions</name>
    <message>
        <source>Project &amp;details…</source>
        <translation>&amp;Сведения о проекте…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language (%s)</source>
        <translation>Язык системы (%s)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Evidence is stored inside the project file, so very large files (videos) make the project slow to back up and to share.</source>
        <translation>Доказательства хранятся внутри файла проекта, поэтому очень большие файлы (видео) замедляют резервное копирование проекта и передачу его другим.</translation>
    </message>
    <message>
        <source>Ask for a description and review date when attaching files</source>
        <translation>Спрашивать описание и дату пересмотра при прикреплении файлов</translation>
    </message>
    <message>
        <source>The answers are remembered for each type of file and offered next time.</source>
        <translation>Ответы запоминаются для каждого типа файлов и предлагаются в следующий раз.</translation>
    </message>
    <message>
        <source>Recorded as who made each change. On a shared workstation, type your own name; leave it empty to use the computer&apos;s account name.</source>
        <translation>Записывается как автор каждого изменения. На общем рабочем месте введите своё имя; оставьте поле пустым, чтобы использовалось имя учётной записи компьютера.</translation>
    </message>
    <message>
        <source>Write reports and exports in English (sheet names, headers, results)</source>
        <translation>Создавать отчёты и файлы экспорта на английском языке (названия листов, заголовки, результаты)</translation>
    </message>
    <message>
        <source>For surveyors who read English. Otherwise they are written in the language of this window. Either can be taken back into the checklist.</source>
        <translation>Для экспертов, читающих по-английски. Иначе они создаются на языке этого окна. В обоих случаях результаты можно вернуть в чек-лист.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>As Excel expects in this language (%s)</source>
        <translation>Как принято в Excel для этого языка (%s)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>Semicolon (;), with a decimal comma</source>
        <translation>Точка с запятой (;), дробная часть через запятую</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Excel opens a CSV file as columns only when its fields are separated the way the computer&apos;s regional settings say: a comma in English, a semicolon where the decimal separator is a comma (Russian, Uzbek).</source>
        <translation>Excel раскладывает CSV-файл по столбцам, только если поля разделены так, как указано в региональных настройках компьютера: запятой в английском, точкой с запятой там, где дробная часть отделяется запятой (русский, узбекский).</translation>
    </message>
    <message>
        <source>Largest evidence file</source>
        <translation>Макс. размер файла-доказательства</translation>
    </message>
    <message>
        <source>Your name in the audit trail</source>
        <translation>Ваше имя в журнале изменений</translation>
    </message>
    <message>
        <source>Separator in CSV files</source>
        <translation>Разделитель в CSV-файлах</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>лист «{sheet}»</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>столбец {column}</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>… and {count:,} more not listed.</source>
        <translation>… в списке не показано ещё: {count:,}.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Scoring profile</source>
        <translation>Профиль оценки</translation>
    </message>
    <message>
        <source>Score “%s” under:</source>
        <translation>Оценивать «%s» по профилю:</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Загрузить из файла…</translation>
    </message>
    <message>
        <source>This assessment is locked; unlock it to change its scoring.</source>
        <translation>Эта оценка заблокирована; разблокируйте её, чтобы изменить профиль оценки.</translation>
    </message>
    <message>
        <source>Load a scoring profile</source>
        <translation>Загрузить профиль оценки</translation>
    </message>
    <message>
        <source>Scoring profiles (*.json);;All files (*)</source>
        <translation>Профили оценки (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a profile.</source>
        <translation>Выберите профиль.</translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Percentage bands</source>
        <translation>Процентные диапазоны</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>{rules}; judged once {percent} % of applicable elements are assessed</source>
        <translation>{rules}; оценивается, когда оценено не менее {percent} % применимых элементов</translation>
    </message>
    <message>
        <source>standard ≥ {value}</source>
        <translation>стандарт ≥ {value}</translation>
    </message>
    <message>
        <source>chapter ≥ {value}</source>
        <translation>глава ≥ {value}</translation>
    </message>
    <message>
        <source>overall ≥ {value}</source>
        <translation>в целом ≥ {value}</translation>
    </message>
    <message>
        <source>points {fully_met} / {partially_met} / {not_met}</source>
        <translation>баллы {fully_met} / {partially_met} / {not_met}</translation>
    </message>
    <message>
        <source>no thresholds</source>
        <translation>без порогов</translation>
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
        <translation>{bands}; ниже: {label}</translation>
    </message>
    <message>
        <source>{file}: too large to be a scoring profile.</source>
        <translation>{file}: файл слишком велик для профиля оценки.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: файл не существует.</translation>
    </message>
    <message>
        <source>{file}: not a JSON text file (it is not UTF-8).</source>
        <translation>{file}: это не текстовый файл JSON (кодировка не UTF-8).</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: не удаётся прочитать файл ({reason}).</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>{file}: недопустимый JSON (строка {line}, столбец {column}: {reason}).</translation>
    </message>
    <message>
        <source>{file}: {problem}.</source>
        <translation>{file}: {problem}.</translation>
    </message>
    <message>
        <source>The project already has a different scoring profile with the key &apos;{key}&apos; (&quot;{name}&quot;). Give the new profile another key, e.g. &apos;{free_key}&apos;, and load it again.</source>
        <translation>В проекте уже есть другой профиль оценки с ключом «{key}» («{name}»). Задайте новому профилю другой ключ, например «{free_key}», и загрузите его снова.</translation>
    </message>
    <message>
        <source>scoring profile: expected an object, got {value}</source>
        <translation>профиль оценки: ожидался объект, получено {value}</translation>
    </message>
    <message>
        <source>scoring profile</source>
        <translation>профиль оценки</translation>
    </message>
    <message>
        <source>{where}: unknown kind {kind} (expected &apos;points&apos; or &apos;percentage&apos;)</source>
        <translation>{where}: неизвестный тип {kind} (ожидалось &apos;points&apos; или &apos;percentage&apos;)</translation>
    </message>
    <message>
        <source>{where}: &apos;bands&apos; must be a non-empty list, got {value}</source>
        <translation>{where}: значение &apos;bands&apos; должно быть непустым списком, получено {value}</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be between 0 and 100, got {value}</source>
        <translation>{where}: значение &apos;{key}&apos; должно быть от 0 до 100, получено {value}</translation>
    </message>
    <message>
        <source>{where}: bands must be in descending order of min_percent, but &apos;{key}&apos; ({value}) is not below &apos;{previous_key}&apos; ({previous_value})</source>
        <translation>{where}: диапазоны должны идти по убыванию min_percent, но &apos;{key}&apos; ({value}) не ниже &apos;{previous_key}&apos; ({previous_value})</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be between 0 and 1, got {value}</source>
        <translation>{where}: значение &apos;{key}&apos; должно быть от 0 до 1, получено {value}</translation>
    </message>
    <message>
        <source>scoring profile &apos;{key}&apos;</source>
        <translation>профиль оценки «{key}»</translation>
    </message>
    <message>
        <source>{where}: missing key &apos;{key}&apos;</source>
        <translation>{where}: отсутствует ключ &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{where}: unknown key &apos;{key}&apos;</source>
        <translation>{where}: неизвестный ключ &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>{where}: значение &apos;{key}&apos; должно быть непустым текстом, получено {value}</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be an object, got {value}</source>
        <translation>{where}: значение &apos;{key}&apos; должно быть объектом, получено {value}</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a number, got {value}</source>
        <translation>{where}: значение &apos;{key}&apos; должно быть числом, получено {value}</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a number or null, got {value}</source>
        <translation>{where}: значение &apos;{key}&apos; должно быть числом или null, получено {value}</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Run “accredit verify {path}” to see what is damaged, and restore it from your latest backup (none was found beside it).</source>
        <translation>Выполните «accredit verify {path}», чтобы узнать, что повреждено, и восстановите файл из последней резервной копии (рядом с ним копий не найдено).</translation>
    </message>
    <message>
        <source>Run “accredit verify {path}” to see what is damaged, and restore it from a backup; the newest beside it is {backup}.</source>
        <translation>Выполните «accredit verify {path}», чтобы узнать, что повреждено, и восстановите файл из резервной копии; самая новая рядом с ним — {backup}.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}).</source>
        <translation>Файл {path} повреждён ({reason}).</translation>
    </message>
    <message>
        <source>it is in the read-only folder {folder}</source>
        <translation>он находится в папке только для чтения {folder}</translation>
    </message>
    <message>
        <source>the file {name} is read-only</source>
        <translation>файл {name} доступен только для чтения</translation>
    </message>
    <message>
        <source>This project is read-only: {reason}. Save a copy to change it.</source>
        <translation>Этот проект доступен только для чтения: {reason}. Чтобы изменить его, сохраните копию.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it instead.</source>
        <translation>{path} уже существует; выберите другое имя или откройте существующий файл.</translation>
    </message>
    <message>
        <source>Cannot create {name}: the folder {folder} does not exist.</source>
        <translation>Не удаётся создать {name}: папка {folder} не существует.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Не удаётся создать {path}: {reason}.</translation>
    </message>
    <message>
        <source>SQLite may not write to it or beside it ({reason})</source>
        <translation>SQLite не может записывать в него или рядом с ним ({reason})</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}, and its last changes are still in {wal} beside it. Make the project writable and open it once, or copy both files to a folder where you may write and open the copy.</source>
        <translation>Не удаётся открыть {name}: {reason}, а последние изменения ещё находятся в файле {wal} рядом с ним. Разрешите запись в проект и откройте его один раз либо скопируйте оба файла в папку, где у вас есть право записи, и откройте копию.</translation>
    </message>
    <message>
        <source>{name} was saved by an earlier version of Accredit Tracker and must be updated, which cannot be done while {reason}. Copy it to a folder where you may write and open the copy.</source>
        <translation>Файл {name} сохранён более ранней версией Accredit Tracker и должен быть обновлён, а это невозможно, пока {reason}. Скопируйте его в папку, где у вас есть право записи, и откройте копию.</translation>
    </message>
    <message>
        <source>an @ in the password must be written %40</source>
        <translation>знак @ в пароле нужно записывать как %40</translation>
    </message>
    <message>
        <source>{url} is not the address of a database Accredit Tracker can use ({reason}); a shared project&apos;s address looks like postgresql+psycopg://user@server:5432/database.</source>
        <translation>{url} — не адрес базы данных, которую может использовать Accredit Tracker ({reason}); адрес общего проекта выглядит так: postgresql+psycopg://user@server:5432/database.</translation>
    </message>
    <message>
        <source>{url} already holds a project; open it instead.</source>
        <translation>В {url} уже есть проект; откройте его.</translation>
    </message>
    <message>
        <source>{url} already holds other tables; a shared project needs an empty database (or schema) of its own.</source>
        <translation>В {url} уже есть другие таблицы; общему проекту нужна собственная пустая база данных (или схема).</translation>
    </message>
    <message>
        <source>{url}: your account has no role in this shared project; ask the project&apos;s administrator to grant you one.</source>
        <translation>{url}: у вашей учётной записи нет роли в этом общем проекте; попросите администратора проекта назначить вам роль.</translation>
    </message>
    <message>
        <source>{url}: the schema {schema} does not exist on the server; ask its administrator to create it, or check its name in the address.</source>
        <translation>{url}: схемы {schema} нет на сервере; попросите администратора сервера создать её или проверьте её имя в адресе.</translation>
    </message>
    <message>
        <source>{url} holds no Accredit Tracker project; create one there first (File → New project, or accredit create).</source>
        <translation>В {url} нет проекта Accredit Tracker; сначала создайте его там («Файл → Новый проект» или accredit create).</translation>
    </message>
    <message>
        <source>Cannot open the shared project {url}: {reason}</source>
        <translation>Не удаётся открыть общий проект {url}: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an Accredit Tracker project file.</source>
        <translation>{path} — это папка, а не файл проекта Accredit Tracker.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>Не удаётся прочитать {path}: доступ запрещён.</translation>
    </message>
    <message>
        <source>{name} is empty; it is not an Accredit Tracker project.</source>
        <translation>Файл {name} пуст; это не проект Accredit Tracker.</translation>
    </message>
    <message>
        <source>{name} is not an Accredit Tracker project (not a database file).</source>
        <translation>Файл {name} не является проектом Accredit Tracker (это не файл базы данных).</translation>
    </message>
    <message>
        <source>{name} is a database, but not an Accredit Tracker project; create a new project and import its data instead.</source>
        <translation>Файл {name} — база данных, но не проект Accredit Tracker; создайте новый проект и импортируйте в него эти данные.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a project ({reason}).</source>
        <translation>Файл {name} повреждён или не является проектом ({reason}).</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Accredit Tracker (schema {revision}); update Accredit Tracker to open it.</source>
        <translation>Файл {name} сохранён более новой версией Accredit Tracker (схема {revision}); обновите Accredit Tracker, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}.</source>
        <translation>Не удаётся открыть {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is locked by another program that is writing to it; wait for it to finish or close it there, then try again.</source>
        <translation>Файл {name} заблокирован другой программой, которая записывает в него данные; дождитесь завершения записи или закройте файл в той программе, затем повторите попытку.</translation>
    </message>
    <message>
        <source>No connection to the shared project {name}: {reason}</source>
        <translation>Нет соединения с общим проектом {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is busy in another program that is writing to it; nothing was changed. Wait for that program to finish, then try again.</source>
        <translation>{name} занят другой программой, которая в него записывает; ничего не изменено. Дождитесь, пока эта программа закончит, и попробуйте снова.</translation>
    </message>
    <message>
        <source>The disk holding {name} is full; nothing was changed. Free some space and try again.</source>
        <translation>Диск, на котором находится {name}, заполнен; ничего не изменено. Освободите место и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open &amp;shared project…</source>
        <translation>Открыть о&amp;бщий проект…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;проекты</translation>
    </message>
    <message>
        <source>&amp;Back up project…</source>
        <translation>&amp;Резервная копия проекта…</translation>
    </message>
    <message>
        <source>Copy project to a &amp;file…</source>
        <translation>Копировать проект в &amp;файл…</translation>
    </message>
    <message>
        <source>Copy project to a shared &amp;database…</source>
        <translation>Копировать проект в общую базу &amp;данных…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>The system keyring did not take the password; it will be asked again.</source>
        <translation>Системное хранилище паролей не приняло пароль; он будет запрошен снова.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s);;All files (*)</source>
        <translation>Проекты Accredit Tracker (*%s);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Preparing the demo project</source>
        <translation>Подготовка демонстрационного проекта</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Не удалось создать демонстрационный проект</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>Copy project to a file</source>
        <translation>Копировать проект в файл</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s)</source>
        <translation>Проекты Accredit Tracker (*%s)</translation>
    </message>
    <message>
        <source>Copy project to a shared database</source>
        <translation>Копировать проект в общую базу данных</translation>
    </message>
    <message>
        <source>Copying %s</source>
        <translation>Копирование %s</translation>
    </message>
    <message>
        <source>Copy cancelled</source>
        <translation>Копирование отменено</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Копирование отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Copied to {target} and checked. Rows copied: {rows}. Every evidence file&apos;s SHA-256 is the same as the original&apos;s.

Open the copy now?</source>
        <translation>Скопировано в {target} и проверено. Скопировано строк: {rows}. SHA-256 каждого файла доказательств совпадает с оригиналом.

Открыть копию сейчас?</translation>
    </message>
    <message>
        <source>Project not copied</source>
        <translation>Проект не скопирован</translation>
    </message>
    <message>
        <source>Project copied</source>
        <translation>Проект скопирован</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>The facility&apos;s name is empty.</source>
        <translation>Название учреждения не указано.</translation>
    </message>
    <message>
        <source>The facility&apos;s name is longer than {limit} characters.</source>
        <translation>Название учреждения длиннее {limit} символов.</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <source>Project details</source>
        <translation>Сведения о проекте</translation>
    </message>
    <message>
        <source>The facility&apos;s name heads the report&apos;s Summary and every printed page. Until it is set, the project&apos;s name stands in for it.</source>
        <translation>Название учреждения выводится в сводке отчёта и вверху каждой печатной страницы. Пока оно не задано, вместо него используется имя проекта.</translation>
    </message>
    <message>
        <source>&amp;Facility name:</source>
        <translation>&amp;Название учреждения:</translation>
    </message>
</context>
<context>
    <name>ProjectIntegrity</name>
    <message>
        <source>Verifying stored evidence</source>
        <translation>Проверка сохранённых доказательств</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>Audit trail: %s.</source>
        <translation>Журнал изменений: %s.</translation>
    </message>
    <message>
        <source>Evidence verified</source>
        <translation>Доказательства проверены</translation>
    </message>
    <message>
        <source>Every stored file still matches its SHA-256 fingerprint.</source>
        <translation>Каждый сохранённый файл по-прежнему соответствует своей контрольной сумме SHA-256.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s hash chain holds.</source>
        <translation>Цепочка хешей журнала изменений не нарушена.</translation>
    </message>
    <message>
        <source>Audit trail altered</source>
        <translation>Журнал изменений изменён</translation>
    </message>
    <message>
        <source>The audit trail was altered outside Accredit Tracker: its hash chain breaks at row %s. Compare it with a backup of the project.</source>
        <translation>Журнал изменений изменён в обход Accredit Tracker: цепочка хешей нарушена в строке %s. Сравните его с резервной копией проекта.</translation>
    </message>
    <message>
        <source>Damaged evidence</source>
        <translation>Повреждённые доказательства</translation>
    </message>
    <message>
        <source>%s stored files no longer match what was attached. Attach them again from the originals, and restore the project from a backup if more is damaged.</source>
        <translation>Сохранённых файлов, которые больше не совпадают с прикреплёнными: %s. Прикрепите их заново из оригиналов, а если повреждено что-то ещё, восстановите проект из резервной копии.</translation>
    </message>
    <message>
        <source>Back up project</source>
        <translation>Резервная копия проекта</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s)</source>
        <translation>Проекты Accredit Tracker (*%s)</translation>
    </message>
    <message>
        <source>Backup not made; %s was left alone.</source>
        <translation>Резервная копия не создана; %s оставлен без изменений.</translation>
    </message>
    <message>
        <source>Backing up %s</source>
        <translation>Резервное копирование %s</translation>
    </message>
    <message>
        <source>{file} holds a different project, not an earlier backup of {project}.

Replace it with this backup? Everything in that project, its evidence included, is lost.</source>
        <translation>В {file} другой проект, а не прежняя резервная копия {project}.

Заменить его этой резервной копией? Всё, что есть в том проекте, включая доказательства, будет потеряно.</translation>
    </message>
    <message>
        <source>Replace a different project?</source>
        <translation>Заменить другой проект?</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Резервное копирование отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>Backed up to %s.</source>
        <translation>Резервная копия сохранена: %s.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Equal</source>
        <translation>Равно</translation>
    </message>
    <message>
        <source>Subset</source>
        <translation>Подмножество</translation>
    </message>
    <message>
        <source>Superset</source>
        <translation>Надмножество</translation>
    </message>
    <message>
        <source>Intersect</source>
        <translation>Пересечение</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>Не связано</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Elements</source>
        <translation>Элементы</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Глава</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Главы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>В целом</translation>
    </message>
    <message>
        <source>(not in this assessment)</source>
        <translation>(нет в этой оценке)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Unmapped in {library}</source>
        <translation>Не сопоставлено в {library}</translation>
    </message>
    <message>
        <source>Target code</source>
        <translation>Целевой код</translation>
    </message>
    <message>
        <source>Target element</source>
        <translation>Целевой элемент</translation>
    </message>
    <message>
        <source>Source codes</source>
        <translation>Исходные коды</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Source results</source>
        <translation>Исходные результаты</translation>
    </message>
    <message>
        <source>Worst result</source>
        <translation>Худший результат</translation>
    </message>
    <message>
        <source>Best result</source>
        <translation>Лучший результат</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Измеримый элемент</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>{mapping}: {source} → {target}</source>
        <translation>{mapping}: {source} → {target}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>(clear)</source>
        <translation>(очистить)</translation>
    </message>
    <message>
        <source>Surveyor flags</source>
        <translation>Замечания эксперта</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>Текст стандарта</translation>
    </message>
    <message>
        <source>Meets threshold</source>
        <translation>Достигает порога</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата пересмотра</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кем добавлено</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Подтверждает</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Recorded data</source>
        <translation>Записанные данные</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Прежнее значение</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>the file name must end in {suffix} or {other}.</source>
        <translation>имя файла должно оканчиваться на {suffix} или {other}.</translation>
    </message>
    <message>
        <source>{project} — audit trail</source>
        <translation>{project} — журнал изменений</translation>
    </message>
    <message>
        <source>Audit trail of {rows} changes; hash chain head {hash}</source>
        <translation>Журнал изменений: {rows} изменений; вершина цепочки хешей {hash}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Создание проекта</translation>
    </message>
    <message>
        <source>Import library</source>
        <translation>Импорт библиотеки</translation>
    </message>
    <message>
        <source>Add scoring profile</source>
        <translation>Добавление профиля оценки</translation>
    </message>
    <message>
        <source>Set facility name</source>
        <translation>Задание названия учреждения</translation>
    </message>
    <message>
        <source>Create assessment</source>
        <translation>Создание оценки</translation>
    </message>
    <message>
        <source>Carry evidence links</source>
        <translation>Перенос связей с доказательствами</translation>
    </message>
    <message>
        <source>Set scoring profile</source>
        <translation>Выбор профиля оценки</translation>
    </message>
    <message>
        <source>Lock assessment</source>
        <translation>Блокировка оценки</translation>
    </message>
    <message>
        <source>Unlock assessment</source>
        <translation>Разблокировка оценки</translation>
    </message>
    <message>
        <source>Update element</source>
        <translation>Изменение элемента</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Прикрепление доказательства</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Связывание доказательства</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Отвязка доказательства</translation>
    </message>
    <message>
        <source>Update evidence</source>
        <translation>Изменение доказательства</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Удаление доказательства</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Action plan: {heading}</source>
        <translation>План действий: {heading}</translation>
    </message>
    <message>
        <source>Not a result</source>
        <translation>Недопустимый результат</translation>
    </message>
    <message>
        <source>Not a status</source>
        <translation>Недопустимый статус</translation>
    </message>
    <message>
        <source>Choose one of: {words}.</source>
        <translation>Выберите одно из значений: {words}.</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Стр. &amp;P из &amp;N</translation>
    </message>
    <message>
        <source>… [cut]</source>
        <translation>… [обрезано]</translation>
    </message>
    <message>
        <source>Accreditation report: {assessment}</source>
        <translation>Отчёт по аккредитации: {assessment}</translation>
    </message>
    <message>
        <source>Accreditation report</source>
        <translation>Отчёт по аккредитации</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Не удаётся записать {file}: {reason}</translation>
    </message>
    <message>
        <source>the file name must end in {suffix}.</source>
        <translation>имя файла должно оканчиваться на {suffix}.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist.</source>
        <translation>папка {folder} не существует.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>это папка.</translation>
    </message>
    <message>
        <source>{file} is open in another program (its lock file {lock} is beside it); close it there and try again. If no program has it open, delete the lock file.</source>
        <translation>Файл {file} открыт в другой программе (рядом с ним находится файл блокировки {lock}); закройте его в той программе и повторите попытку. Если файл не открыт ни в одной программе, удалите файл блокировки.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; choose a folder where you may save files.</source>
        <translation>папка {folder} доступна только для чтения; выберите папку, в которую вы можете сохранять файлы.</translation>
    </message>
    <message>
        <source>Cannot replace {file}: the file is read-only; choose another name or make it writable.</source>
        <translation>Не удаётся заменить {file}: файл доступен только для чтения; выберите другое имя или разрешите запись в файл.</translation>
    </message>
    <message>
        <source>permission denied. If it is open in another program, close it there; otherwise choose a folder where you may save files.</source>
        <translation>доступ запрещён. Если файл открыт в другой программе, закройте его там; в противном случае выберите папку, в которую вы можете сохранять файлы.</translation>
    </message>
    <message>
        <source>Accreditation readiness report</source>
        <translation>Отчёт о готовности к аккредитации</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>соответствует</translation>
    </message>
    <message>
        <source>below</source>
        <translation>ниже порога</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>балла пока нет</translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation>порог не задан</translation>
    </message>
    <message>
        <source>not enough assessed</source>
        <translation>оценено недостаточно</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>Mock survey</source>
        <translation>Пробное обследование</translation>
    </message>
    <message>
        <source>Official survey</source>
        <translation>Официальное обследование</translation>
    </message>
    <message>
        <source>Follow-up survey</source>
        <translation>Повторное обследование</translation>
    </message>
    <message>
        <source>(provisional: some elements are not assessed yet)</source>
        <translation>(предварительно: часть элементов ещё не оценена)</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Survey dates</source>
        <translation>Даты обследования</translation>
    </message>
    <message>
        <source>Standards library</source>
        <translation>Библиотека стандартов</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Дата отчёта</translation>
    </message>
    <message>
        <source>Scoring profile</source>
        <translation>Профиль оценки</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Общий балл</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Elements assessed</source>
        <translation>Оценено элементов</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Об этом отчёте</translation>
    </message>
    <message>
        <source>Made from an audit trail of {rows} changes whose hash chain ends in {hash}; Verify shows the project&apos;s chain head today.</source>
        <translation>Составлен по журналу изменений из {rows} изменений, цепочка хешей которого заканчивается на {hash}; команда «Проверить» показывает вершину цепочки проекта на сегодня.</translation>
    </message>
    <message>
        <source>Chapter scores</source>
        <translation>Баллы по главам</translation>
    </message>
    <message>
        <source>{words} or {last}</source>
        <translation>{words} или {last}</translation>
    </message>
    <message>
        <source>When this sheet is taken back, a blank cell changes nothing; type {clear} to erase the stored value.</source>
        <translation>При загрузке этого листа обратно пустая ячейка ничего не меняет; чтобы стереть сохранённое значение, введите {clear}.</translation>
    </message>
    <message>
        <source>This action plan is drawn from the {sheet} sheet and is locked. Type results, statuses, owners, due dates and notes on the {sheet} sheet: only that sheet is taken back into Accredit Tracker.</source>
        <translation>Этот план действий составлен по листу «{sheet}» и защищён от изменений. Вводите результаты, статусы, ответственных, сроки и заметки на листе «{sheet}»: в Accredit Tracker загружается обратно только он.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Standard score {score}, below the threshold of {threshold}</source>
        <translation>Балл стандарта {score}, ниже порога {threshold}</translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation>Перечень доказательств</translation>
    </message>
    <message>
        <source>In the binder</source>
        <translation>В папке</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Размер (байт)</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Пересмотреть до</translation>
    </message>
    <message>
        <source>Not written because</source>
        <translation>Не записан, потому что</translation>
    </message>
    <message>
        <source>{project} — evidence of {assessment}</source>
        <translation>{project} — доказательства оценки {assessment}</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>План улучшений</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Первопричина</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Критерий успеха</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Кто проверил</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход работ</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>(no action yet)</source>
        <translation>(мероприятий пока нет)</translation>
    </message>
    <message>
        <source>Improvement plan: {assessment}</source>
        <translation>План улучшений: {assessment}</translation>
    </message>
    <message>
        <source>Elements needing a plan</source>
        <translation>Элементы, требующие плана</translation>
    </message>
    <message>
        <source>Elements with an action</source>
        <translation>Элементы с мероприятием</translation>
    </message>
    <message>
        <source>Elements without an action</source>
        <translation>Элементы без мероприятия</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Просроченные мероприятия</translation>
    </message>
    <message>
        <source>Observed compliance</source>
        <translation>Наблюдаемое соответствие</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Тяжесть</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Tracer</source>
        <translation>Трейсер</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Кто принял</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Due: {what}</source>
        <translation>Срок: {what}</translation>
    </message>
    <message>
        <source>Action due: {what}</source>
        <translation>Срок мероприятия: {what}</translation>
    </message>
    <message>
        <source>Review evidence: {what}</source>
        <translation>Пересмотреть доказательство: {what}</translation>
    </message>
    <message>
        <source>Accreditation work: {owner}</source>
        <translation>Работа по аккредитации: {owner}</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export elements as CSV</source>
        <translation>Экспорт элементов в CSV</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Экспорт отчёта для аудита</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>Запись файла %s</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written or changed.</source>
        <translation>Отменено; файл %s не записан и не изменён.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Отчёт не записан</translation>
    </message>
    <message>
        <source>Wrote %s.

Open it now?</source>
        <translation>Записан файл %s.

Открыть его сейчас?</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <source>Fully met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
</context>
<context>
    <name>ResultsImport</name>
    <message>
        <source>{code} was already given in row {row}; this row is not imported.</source>
        <translation>Код {code} уже указан в строке {row}; эта строка не импортирована.</translation>
    </message>
    <message>
        <source>the stored {field} is {stored:,} characters long, more than a cell holds, so the export wrote only its beginning; the edited cell ({length:,} characters) replaces all of it. To keep the rest, edit it in the app instead.</source>
        <translation>сохранённое поле «{field}» длиной {stored:,} символов не помещается в ячейку, поэтому при экспорте записано только его начало; изменённая ячейка ({length:,} символов) заменит его целиком. Чтобы сохранить остальное, измените его в приложении.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; matches more than one element when case and spaces are ignored ({codes}); write the code exactly as one of them.</source>
        <translation>«{code}» соответствует нескольким элементам без учёта регистра и пробелов ({codes}); укажите код точно так же, как у одного из них.</translation>
    </message>
    <message>
        <source>the row has no version, so a change made in the app since the export cannot be detected; its values are imported as they are.</source>
        <translation>в строке нет версии, поэтому изменение, внесённое в программе после экспорта, невозможно обнаружить; значения импортируются как есть.</translation>
    </message>
    <message>
        <source>the row says version {row}, but the project holds version {stored}, as if the file came from another copy of the project; its values are imported.</source>
        <translation>в строке указана версия {row}, а в проекте хранится версия {stored}, как будто файл получен из другой копии проекта; значения импортируются.</translation>
    </message>
    <message>
        <source>The sheet has no element rows below its header row (row {row}).</source>
        <translation>На листе нет строк с элементами под строкой заголовков (строка {row}).</translation>
    </message>
    <message>
        <source>The sheet has no {version} column, so changes made in the app since the export cannot be detected; its values are imported as they are.</source>
        <translation>На листе нет столбца «{version}», поэтому изменения, внесённые в программе после экспорта, невозможно обнаружить; значения импортируются как есть.</translation>
    </message>
    <message>
        <source>The file does not say which assessment it was exported from (&apos;{text}&apos; cannot be read); its rows are matched by code to the elements of &apos;{name}&apos;.</source>
        <translation>В файле не указано, из какой оценки он экспортирован (не удаётся прочитать «{text}»); строки сопоставляются по коду с элементами оценки «{name}».</translation>
    </message>
    <message>
        <source>The file does not say which assessment it was exported from; its rows are matched by code to the elements of &apos;{name}&apos;.</source>
        <translation>В файле не указано, из какой оценки он экспортирован; строки сопоставляются по коду с элементами оценки «{name}».</translation>
    </message>
    <message>
        <source>The file was exported from assessment &apos;{other}&apos;, not from &apos;{name}&apos;; choose that assessment to import it, or export &apos;{name}&apos; again.</source>
        <translation>Файл экспортирован из оценки «{other}», а не из «{name}»; чтобы импортировать его, выберите ту оценку или экспортируйте «{name}» заново.</translation>
    </message>
    <message>
        <source>The file was exported from an assessment that is not in this project (id {id}), not from &apos;{name}&apos;; choose that assessment to import it, or export &apos;{name}&apos; again.</source>
        <translation>Файл экспортирован из оценки, которой нет в этом проекте (id {id}), а не из «{name}»; чтобы импортировать его, выберите ту оценку или экспортируйте «{name}» заново.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <source>{count:,} elements were changed in the project after the preview (first {code}, by {who}); nothing was imported. Preview the file again to see what changed.</source>
        <translation>Элементов, изменённых в проекте после предпросмотра: {count:,} (первый — {code}, автор изменения: {who}); ничего не импортировано. Откройте предпросмотр файла снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>1 element was changed in the project after the preview (first {code}, by {who}); nothing was imported. Preview the file again to see what changed.</source>
        <translation>1 элемент изменён в проекте после предпросмотра ({code}, автор изменения: {who}); ничего не импортировано. Откройте предпросмотр файла снова, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Row {row}, {code}: {who} changed it in the app on {when} UTC, after the file was exported; its {fields} from the file were not imported.</source>
        <translation>Строка {row}, {code}: после экспорта файла элемент изменён в программе ({who}, {when} UTC); поля {fields} из файла не импортированы.</translation>
    </message>
    <message>
        <source>Row {row}, {code}: {who} changed it in the app, after the file was exported; its {fields} from the file were not imported.</source>
        <translation>Строка {row}, {code}: после экспорта файла элемент изменён в программе ({who}); поля {fields} из файла не импортированы.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <source>Row {row}, {code}: {field} was cut in the export; kept as stored ({length:,} characters).</source>
        <translation>Строка {row}, {code}: поле «{field}» было обрезано при экспорте; оставлено как сохранено ({length:,} символов).</translation>
    </message>
    <message>
        <source>The file has no sheet named &apos;{sheet}&apos; (its sheets are: {listed}); expected a workbook exported from Accredit Tracker as an Excel report.</source>
        <translation>В файле нет листа «{sheet}» (листы файла: {listed}); ожидалась книга, экспортированная из Accredit Tracker как отчёт Excel.</translation>
    </message>
    <message>
        <source>expected a result: {expected}; found &apos;{found}&apos;.</source>
        <translation>ожидается результат: {expected}; указано «{found}».</translation>
    </message>
    <message>
        <source>expected a status: {expected}; found &apos;{found}&apos;.</source>
        <translation>ожидается статус: {expected}; указано «{found}».</translation>
    </message>
    <message>
        <source>expected a date such as 2026-12-31; found &apos;{found}&apos;.</source>
        <translation>ожидается дата вида 2026-12-31; указано «{found}».</translation>
    </message>
    <message>
        <source>expected the version the export wrote, a whole number such as 3; found &apos;{found}&apos;.</source>
        <translation>ожидается версия, записанная при экспорте, — целое число, например 3; указано «{found}».</translation>
    </message>
    <message>
        <source>the row has no code, so it cannot be matched.</source>
        <translation>в строке нет кода, поэтому её невозможно сопоставить.</translation>
    </message>
    <message>
        <source>No header row with &apos;{code}&apos; and &apos;{result}&apos; was found in the first {rows} rows; expected the {sheet} sheet as Accredit Tracker exports it, with the headers {headers}.</source>
        <translation>Строка заголовков со столбцами «{code}» и «{result}» не найдена среди первых строк (просмотрено: {rows}); ожидался лист «{sheet}» в том виде, в каком его экспортирует Accredit Tracker, с заголовками {headers}.</translation>
    </message>
    <message>
        <source>Take back results from %s</source>
        <translation>Возврат результатов из %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt;, sheet &apos;%s&apos;: %s rows read. &lt;b&gt;%s changes to %s elements&lt;/b&gt; will be applied; %s rows change nothing. Not applied: %s conflicts, %s rows that match no element, %s problems. Blank cells never erase anything.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;, лист «%s»: прочитано строк: %s. &lt;b&gt;Будет применено изменений: %s (затронуто элементов: %s)&lt;/b&gt;; строк, которые ничего не меняют: %s. Не применяются: конфликты (%s), строки, не соответствующие ни одному элементу (%s), проблемы (%s). Пустые ячейки никогда ничего не стирают.</translation>
    </message>
    <message>
        <source>Only the Elements sheet is read: the Gaps sheet is locked in the export and never taken back. Type %s in an Owner, Department, Due date or Notes cell to erase it.</source>
        <translation>Читается только лист «Элементы»: лист «Несоответствия» защищён при экспорте и обратно не загружается. Чтобы стереть ответственного, отделение, срок или заметки, введите в ячейку %s.</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(очищено)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <source>Changes (%s)</source>
        <translation>Изменения (%s)</translation>
    </message>
    <message>
        <source>Changed in the app by</source>
        <translation>Кем изменено в программе</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>Conflicts (%s)</source>
        <translation>Конфликты (%s)</translation>
    </message>
    <message>
        <source>Code in the file</source>
        <translation>Код в файле</translation>
    </message>
    <message>
        <source>Not matched (%s)</source>
        <translation>Не сопоставлено (%s)</translation>
    </message>
    <message>
        <source>Kept as stored</source>
        <translation>Оставлено как сохранено</translation>
    </message>
    <message>
        <source>cut in the export; kept as stored (%s characters)</source>
        <translation>обрезано при экспорте; оставлено как сохранено (%s символов)</translation>
    </message>
    <message>
        <source>Cut in the export (%s)</source>
        <translation>Обрезано при экспорте (%s)</translation>
    </message>
    <message>
        <source>Problems (%s)</source>
        <translation>Проблемы (%s)</translation>
    </message>
    <message>
        <source>Warnings (%s)</source>
        <translation>Предупреждения (%s)</translation>
    </message>
    <message>
        <source>Take back results from a report</source>
        <translation>Вернуть результаты из отчёта</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.xls);;All files (*)</source>
        <translation>Электронные таблицы (*.xlsx *.xlsm *.ods *.xls);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %s</source>
        <translation>Чтение %s</translation>
    </message>
    <message>
        <source>Results not taken back</source>
        <translation>Результаты не возвращены</translation>
    </message>
    <message>
        <source>%s cannot be taken back; nothing was changed.</source>
        <translation>Не удаётся вернуть результаты из файла %s; ничего не изменено.</translation>
    </message>
    <message>
        <source>{code}: {fields} differ from the project here, but only the {sheet} sheet is taken back; type the change there.</source>
        <translation>{code}: {fields} здесь отличаются от проекта, но обратно загружается только лист «{sheet}»; внесите изменение там.</translation>
    </message>
</context>
<context>
    <name>ResultsImportDialog</name>
    <message numerus="yes">
        <source>Apply %Ln change(s)</source>
        <translation>
            <numerusform>Применить %Ln изменение</numerusform>
            <numerusform>Применить %Ln изменения</numerusform>
            <numerusform>Применить %Ln изменений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>There is no role &apos;{role}&apos;; the roles are: {roles}.</source>
        <translation>Роли «{role}» нет; существующие роли: {roles}.</translation>
    </message>
    <message>
        <source>The project&apos;s roles are named after its database and schema, so these may hold only letters, digits, &apos;_&apos; and &apos;-&apos;; &apos;{name}&apos; does not.</source>
        <translation>Роли проекта называются по его базе данных и схеме, поэтому их имена могут содержать только буквы, цифры, «_» и «-»; имя «{name}» этому не соответствует.</translation>
    </message>
    <message>
        <source>The role name {name} would be longer than PostgreSQL&apos;s 63 bytes; use a shorter database or schema name for the shared project.</source>
        <translation>Имя роли {name} было бы длиннее допустимых в PostgreSQL 63 байт; выберите для общего проекта более короткое имя базы данных или схемы.</translation>
    </message>
    <message>
        <source>The role {name} already exists on this server but was not made for this project; drop or rename it, or use another database name.</source>
        <translation>Роль {name} уже существует на этом сервере, но создана не для этого проекта; удалите или переименуйте её либо выберите другое имя базы данных.</translation>
    </message>
    <message>
        <source>The audit trail of a shared project cannot be changed or deleted, by any account.</source>
        <translation>Журнал изменений общего проекта не может изменить или удалить ни одна учётная запись.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Your account ({account}) may not make this change to this shared project; ask the project&apos;s administrator.</source>
        <translation>Вашей учётной записи ({account}) не разрешено вносить это изменение в общий проект; обратитесь к администратору проекта.</translation>
    </message>
    <message>
        <source>Your account ({account}) may not change this shared project: {action} needs the {role} role; ask the project&apos;s administrator.</source>
        <translation>Вашей учётной записи ({account}) не разрешено изменять этот общий проект: {action} требует роли «{role}»; обратитесь к администратору проекта.</translation>
    </message>
    <message>
        <source>An evidence file&apos;s stored content cannot be changed, by any account: it stays exactly as it was attached. Attach the new version as a file of its own.</source>
        <translation>Сохранённое содержимое файла-доказательства не может изменить ни одна учётная запись: оно остаётся точно таким, каким было прикреплено. Прикрепите новую версию отдельным файлом.</translation>
    </message>
    <message>
        <source>This shared project does not allow that change: an assessment&apos;s elements are made when it is created, and a standards library is changed only by importing it.</source>
        <translation>Этот общий проект не допускает такого изменения: элементы оценки создаются вместе с ней, а библиотека стандартов изменяется только импортом.</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>читатель</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>специалист</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>upgrading it to this version of Accredit Tracker</source>
        <translation>обновление проекта до этой версии Accredit Tracker</translation>
    </message>
    <message>
        <source>creating an assessment</source>
        <translation>создание оценки</translation>
    </message>
    <message>
        <source>changing results, work status, owners, departments, due dates or notes</source>
        <translation>изменение результатов, статуса работы, ответственных, отделений, сроков или заметок</translation>
    </message>
    <message>
        <source>deleting an evidence file</source>
        <translation>удаление файла-доказательства</translation>
    </message>
    <message>
        <source>unlinking evidence</source>
        <translation>отвязка доказательств</translation>
    </message>
    <message>
        <source>editing an evidence file&apos;s details</source>
        <translation>изменение сведений о файле-доказательстве</translation>
    </message>
    <message>
        <source>attaching or linking evidence</source>
        <translation>прикрепление или связывание доказательств</translation>
    </message>
    <message>
        <source>locking or unlocking an assessment</source>
        <translation>блокировка или разблокировка оценки</translation>
    </message>
    <message>
        <source>choosing an assessment&apos;s scoring profile</source>
        <translation>выбор профиля оценки для оценки</translation>
    </message>
    <message>
        <source>changing an assessment</source>
        <translation>изменение оценки</translation>
    </message>
    <message>
        <source>importing a standards library</source>
        <translation>импорт библиотеки стандартов</translation>
    </message>
    <message>
        <source>adding a scoring profile</source>
        <translation>добавление профиля оценки</translation>
    </message>
    <message>
        <source>changing the project&apos;s details</source>
        <translation>изменение сведений о проекте</translation>
    </message>
    <message>
        <source>building a mapping between libraries</source>
        <translation>создание сопоставления библиотек</translation>
    </message>
    <message>
        <source>carrying values through a mapping or reviewing them</source>
        <translation>перенос значений через сопоставление или их проверка</translation>
    </message>
    <message>
        <source>deleting a tracer, a finding or an action</source>
        <translation>удаление трейсера, замечания или мероприятия</translation>
    </message>
    <message>
        <source>recording tracers, findings or corrective actions</source>
        <translation>запись трейсеров, замечаний или корректирующих мероприятий</translation>
    </message>
    <message>
        <source>Roles are for projects shared on a PostgreSQL server.</source>
        <translation>Роли предназначены для общих проектов на сервере PostgreSQL.</translation>
    </message>
    <message>
        <source>The schema named in {url} does not exist on the server.</source>
        <translation>Схемы, указанной в {url}, нет на сервере.</translation>
    </message>
    <message>
        <source>{url} holds no Accredit Tracker project; create it first (accredit create), then its roles.</source>
        <translation>В {url} нет проекта Accredit Tracker; сначала создайте проект (accredit create), а затем его роли.</translation>
    </message>
    <message>
        <source>This project has no roles yet (e.g. {name} is missing); create them first (accredit roles create).</source>
        <translation>У этого проекта ещё нет ролей (например, нет {name}); сначала создайте их (accredit roles create).</translation>
    </message>
    <message>
        <source>There is no account named {login} on this server; create it first (CREATE ROLE … LOGIN PASSWORD …).</source>
        <translation>На этом сервере нет учётной записи {login}; сначала создайте её (CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>{login} is one of the project&apos;s own roles, not an account.</source>
        <translation>{login} — одна из ролей самого проекта, а не учётная запись.</translation>
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
        <translation> (предварительно: не оценено %s)</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>No applicable elements</source>
        <translation>Нет применимых элементов</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>1 standard scores below {threshold}: {codes}</source>
        <translation>1 стандарт с баллом ниже {threshold}: {codes}</translation>
    </message>
    <message>
        <source>{count} standards score below {threshold}: {codes}</source>
        <translation>стандартов с баллом ниже {threshold}: {count} ({codes})</translation>
    </message>
    <message>
        <source>1 chapter scores below {threshold}: {chapters}</source>
        <translation>1 глава с баллом ниже {threshold}: {chapters}</translation>
    </message>
    <message>
        <source>{count} chapters score below {threshold}: {chapters}</source>
        <translation>глав с баллом ниже {threshold}: {count} ({chapters})</translation>
    </message>
    <message>
        <source>1 chapter has too little assessed: {codes}</source>
        <translation>1 глава оценена недостаточно: {codes}</translation>
    </message>
    <message>
        <source>{count} chapters have too little assessed: {codes}</source>
        <translation>глав, оценённых недостаточно: {count} ({codes})</translation>
    </message>
    <message>
        <source>1 standard has too little assessed: {codes}</source>
        <translation>1 стандарт оценён недостаточно: {codes}</translation>
    </message>
    <message>
        <source>{count} standards have too little assessed: {codes}</source>
        <translation>стандартов, оценённых недостаточно: {count} ({codes})</translation>
    </message>
    <message>
        <source>{assessed} of {applicable} applicable elements assessed</source>
        <translation>оценено {assessed} из {applicable} применимых элементов</translation>
    </message>
    <message>
        <source>the overall score {score} is below {threshold}</source>
        <translation>общий балл {score} ниже порога {threshold}</translation>
    </message>
    <message>
        <source>Does not meet the accreditation thresholds</source>
        <translation>Не соответствует порогам аккредитации</translation>
    </message>
    <message>
        <source>Meets the accreditation thresholds</source>
        <translation>Соответствует порогам аккредитации</translation>
    </message>
    <message>
        <source>Not enough assessed</source>
        <translation>Оценено недостаточно</translation>
    </message>
    <message>
        <source>overall below {threshold} % ({score})</source>
        <translation>общий результат ниже {threshold} % ({score})</translation>
    </message>
</context>
<context>
    <name>SharedProjectDialog</name>
    <message>
        <source>Open shared project</source>
        <translation>Открыть общий проект</translation>
    </message>
    <message>
        <source>database server, e.g. quality-db.hospital.local</source>
        <translation>сервер базы данных, например quality-db.hospital.local</translation>
    </message>
    <message>
        <source>the project&apos;s database</source>
        <translation>база данных проекта</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>This computer has no system keyring; the password is asked each time.</source>
        <translation>На этом компьютере нет системного хранилища паролей; пароль будет запрашиваться каждый раз.</translation>
    </message>
    <message>
        <source>only if the administrator names one</source>
        <translation>только если администратор её назвал</translation>
    </message>
    <message>
        <source>Your department&apos;s database administrator gives you these. The password is never stored in Accredit Tracker&apos;s settings.</source>
        <translation>Эти данные вам выдаёт администратор базы данных вашего отделения. Пароль никогда не сохраняется в настройках Accredit Tracker.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>The measurable elements the facility is assessed against, read once.</source>
        <translation>Измеримые элементы, по которым оценивается учреждение; читаются один раз.</translation>
    </message>
    <message>
        <source>Read the standards</source>
        <translation>Прочитать стандарты</translation>
    </message>
    <message>
        <source>Import a spreadsheet of our standards (Excel, OpenDocument or CSV)</source>
        <translation>Импортировать таблицу наших стандартов (Excel, OpenDocument или CSV)</translation>
    </message>
    <message>
        <source>Start with the bundled demo library (synthetic text, to try the application)</source>
        <translation>Начать со встроенной демонстрационной библиотеки (условный текст, чтобы опробовать приложение)</translation>
    </message>
    <message>
        <source>Save a template workbook…</source>
        <translation>Сохранить шаблон книги…</translation>
    </message>
    <message>
        <source>No spreadsheet of your standards yet? Save the template workbook, fill in one row per measurable element, and import it here.</source>
        <translation>Ещё нет таблицы ваших стандартов? Сохраните шаблон, заполните по одной строке на каждый измеримый элемент и импортируйте его здесь.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Standards template.xlsx</source>
        <translation>Шаблон стандартов.xlsx</translation>
    </message>
    <message>
        <source>Save template workbook</source>
        <translation>Сохранить шаблон книги</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Шаблон не сохранён</translation>
    </message>
    <message>
        <source>The template was saved to %s. Fill it in, save it, and import it here with the first choice.</source>
        <translation>Шаблон сохранён в %s. Заполните и сохраните его, затем импортируйте здесь, выбрав первый вариант.</translation>
    </message>
    <message>
        <source>Reading the demo library</source>
        <translation>Чтение демонстрационной библиотеки</translation>
    </message>
    <message>
        <source>Standards not read</source>
        <translation>Стандарты не прочитаны</translation>
    </message>
</context>
<context>
    <name>StandardsTemplate</name>
    <message>
        <source>How to fill in</source>
        <translation>Как заполнять</translation>
    </message>
    <message>
        <source>One row on the Standards sheet for each measurable element of your standards.</source>
        <translation>На листе Standards — одна строка на каждый измеримый элемент ваших стандартов.</translation>
    </message>
    <message>
        <source>Chapter: a short code such as IPSG; Standard: its code such as IPSG.1; ME: the element&apos;s number within its standard.</source>
        <translation>Chapter — короткий код главы, например IPSG; Standard — код стандарта, например IPSG.1; ME — номер элемента в его стандарте.</translation>
    </message>
    <message>
        <source>Replace the two example rows, keep the header row, save the file, then use File → Import standards.</source>
        <translation>Замените две строки-примера, оставьте строку заголовков, сохраните файл и выберите Файл → Импорт стандартов.</translation>
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
        <translation>Отслеживайте готовность учреждения к аккредитации: каждый измеримый элемент стандартов, его результат, ответственного и доказательства, а также отчёт для обследования.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Открыть демонстрационный проект</translation>
    </message>
    <message>
        <source>A demo hospital with synthetic standards and a mock survey half done</source>
        <translation>Демонстрационная больница с условными стандартами и наполовину пройденным пробным обследованием</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <source>Your facility, its standards and a first assessment, step by step</source>
        <translation>Ваше учреждение, его стандарты и первая оценка — шаг за шагом</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <source>A project file on this computer</source>
        <translation>Файл проекта на этом компьютере</translation>
    </message>
    <message>
        <source>Open shared project…</source>
        <translation>Открыть общий проект…</translation>
    </message>
    <message>
        <source>A project kept on the hospital&apos;s database server</source>
        <translation>Проект на сервере баз данных больницы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Недавние проекты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet: the projects you open are listed here.</source>
        <translation>Пока нет: здесь появятся открытые вами проекты.</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions for %s</source>
        <translation>Предложения для %s</translation>
    </message>
    <message>
        <source>These elements of the earlier assessment bear on %s through the mapping. Accepting one gives %s its result and links its evidence; nothing is set without your decision.</source>
        <translation>Эти элементы прежней оценки относятся к %s через сопоставление. Если принять один из них, %s получит его результат и ссылки на его доказательства; без вашего решения ничего не устанавливается.</translation>
    </message>
    <message>
        <source>Source element</source>
        <translation>Исходный элемент</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
</context>
<context>
    <name>TracerActions</name>
    <message>
        <source>New &amp;tracer…</source>
        <translation>Новый &amp;трейсер…</translation>
    </message>
    <message>
        <source>Record &amp;finding…</source>
        <translation>Записать &amp;замечание…</translation>
    </message>
    <message>
        <source>Accept finding into the checklist</source>
        <translation>Принять замечание в чек-лист</translation>
    </message>
    <message>
        <source>Raise corrective &amp;action…</source>
        <translation>Корректирующее &amp;мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Verify action…</source>
        <translation>&amp;Проверить мероприятие…</translation>
    </message>
    <message>
        <source>&amp;My work…</source>
        <translation>&amp;Мои задачи…</translation>
    </message>
    <message>
        <source>Export &amp;improvement plan…</source>
        <translation>Экспорт плана &amp;улучшений…</translation>
    </message>
</context>
<context>
    <name>TracerDeletion</name>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Edit → Undo puts it back.</source>
        <translation>Правка → Отменить вернёт удалённое.</translation>
    </message>
    <message>
        <source>Evidence files stay in the project.</source>
        <translation>Файлы-доказательства остаются в проекте.</translation>
    </message>
    <message>
        <source>Tracer not deleted</source>
        <translation>Трейсер не удалён</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tracer “%1” and its %n finding(s)?</source>
        <translation>
            <numerusform>Удалить трейсер «%1» и его %n замечание?</numerusform>
            <numerusform>Удалить трейсер «%1» и его %n замечания?</numerusform>
            <numerusform>Удалить трейсер «%1» и его %n замечаний?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were accepted into the checklist; the results they set stay.</source>
        <translation>
            <numerusform>%n из них принято в чек-лист; установленные результаты останутся.</numerusform>
            <numerusform>%n из них приняты в чек-лист; установленные результаты останутся.</numerusform>
            <numerusform>%n из них приняты в чек-лист; установленные результаты останутся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tracer “%1”? It has no findings.</source>
        <translation>Удалить трейсер «%1»? Замечаний у него нет.</translation>
    </message>
    <message>
        <source>Delete tracer</source>
        <translation>Удалить трейсер</translation>
    </message>
    <message>
        <source>Delete tracer %s</source>
        <translation>Удаление трейсера %s</translation>
    </message>
    <message numerus="yes">
        <source>The %n corrective action(s) answering them stay, no longer tied to a finding.</source>
        <translation>
            <numerusform>%n корректирующее мероприятие по ним останется, но уже без привязки к замечанию.</numerusform>
            <numerusform>%n корректирующих мероприятия по ним останутся, но уже без привязки к замечанию.</numerusform>
            <numerusform>%n корректирующих мероприятий по ним останутся, но уже без привязки к замечанию.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was accepted into the checklist; the results it set stay.</source>
        <translation>Оно было принято в чек-лист; установленные им результаты останутся.</translation>
    </message>
    <message>
        <source>Delete the finding “%1” on %2? Corrective actions answering it stay.</source>
        <translation>Удалить замечание «%1» по %2? Корректирующие мероприятия по нему останутся.</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Удалить замечание</translation>
    </message>
    <message>
        <source>Finding not deleted</source>
        <translation>Замечание не удалено</translation>
    </message>
    <message>
        <source>Delete finding %s</source>
        <translation>Удаление замечания %s</translation>
    </message>
    <message>
        <source>Delete the corrective action “%1” for %2?</source>
        <translation>Удалить корректирующее мероприятие «%1» по %2?</translation>
    </message>
    <message>
        <source>Delete corrective action</source>
        <translation>Удалить корректирующее мероприятие</translation>
    </message>
    <message>
        <source>Action not deleted</source>
        <translation>Мероприятие не удалено</translation>
    </message>
    <message>
        <source>Delete action %s</source>
        <translation>Удаление мероприятия %s</translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation>Не возвращено</translation>
    </message>
</context>
<context>
    <name>TracerDialog</name>
    <message>
        <source>New tracer</source>
        <translation>Новый трейсер</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <source>e.g. Emergency, Ward 3, Pharmacy</source>
        <translation>напр. приёмное отделение, отделение 3, аптека</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Кто проводит</translation>
    </message>
    <message>
        <source>The patient&apos;s pathway, without name or record number, or the system followed</source>
        <translation>Путь пациента (без имени и номера карты) или прослеживаемая система</translation>
    </message>
    <message>
        <source>Chapters, standards or tags, separated by &apos;;&apos;</source>
        <translation>Главы, стандарты или метки через &apos;;&apos;</translation>
    </message>
    <message>
        <source>Their elements are listed on the tracer&apos;s worksheet</source>
        <translation>Их элементы попадут в рабочий лист трейсера</translation>
    </message>
    <message>
        <source>Held already</source>
        <translation>Уже проведён</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Рабочий лист</translation>
    </message>
    <message>
        <source>Tracer not saved</source>
        <translation>Трейсер не сохранён</translation>
    </message>
</context>
<context>
    <name>TracerTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
</context>
<context>
    <name>TracerWorksheet</name>
    <message>
        <source>Tracer worksheet</source>
        <translation>Рабочий лист трейсера</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Typical evidence</source>
        <translation>Типичные доказательства</translation>
    </message>
    <message>
        <source>Seen, heard, read</source>
        <translation>Увидено, услышано, прочитано</translation>
    </message>
    <message>
        <source>No elements: give the tracer a scope (chapters, standards or tags) to list their elements here.</source>
        <translation>Нет элементов: задайте охват трейсера (главы, стандарты или метки), чтобы перечислить здесь их элементы.</translation>
    </message>
</context>
<context>
    <name>Tracers</name>
    <message>
        <source>Action {id} is gone; someone may have deleted it.</source>
        <translation>Мероприятия {id} больше нет; возможно, его кто-то удалил.</translation>
    </message>
    <message>
        <source>An action cannot be due ({due}) before it was opened ({opened}).</source>
        <translation>Срок мероприятия ({due}) не может быть раньше его открытия ({opened}).</translation>
    </message>
    <message>
        <source>An action needs to say what will be done.</source>
        <translation>В мероприятии нужно указать, что будет сделано.</translation>
    </message>
    <message>
        <source>Finding {id} is not part of this assessment.</source>
        <translation>Замечание {id} не входит в эту оценку.</translation>
    </message>
    <message>
        <source>Whether an action was effective is recorded by verifying it.</source>
        <translation>Эффективность мероприятия записывается при его проверке.</translation>
    </message>
    <message>
        <source>Only an action that is done can be verified; action {id} is &apos;{status}&apos;.</source>
        <translation>Проверить можно только выполненное мероприятие; мероприятие {id}: «{status}».</translation>
    </message>
    <message>
        <source>An action cannot be verified ({on}) before it was opened ({opened}).</source>
        <translation>Мероприятие нельзя проверить ({on}) раньше его открытия ({opened}).</translation>
    </message>
    <message>
        <source>Say who verified the action.</source>
        <translation>Укажите, кто проверил мероприятие.</translation>
    </message>
    <message>
        <source>Verification of action {id}</source>
        <translation>Проверка мероприятия {id}</translation>
    </message>
    <message>
        <source>Finding {id} is gone; someone may have deleted it.</source>
        <translation>Замечания {id} больше нет; возможно, его кто-то удалил.</translation>
    </message>
    <message>
        <source>Choose at least one measurable element it bears on.</source>
        <translation>Выберите хотя бы один измеримый элемент, к которому оно относится.</translation>
    </message>
    <message>
        <source>Element assessment {ids} is not part of this assessment.</source>
        <translation>Оценка элемента {ids} не входит в эту оценку.</translation>
    </message>
    <message>
        <source>A finding needs a description of what was seen.</source>
        <translation>В замечании нужно описать, что увидели.</translation>
    </message>
    <message>
        <source>A finding&apos;s compliance is met, partially met or not met.</source>
        <translation>Соответствие в замечании: выполнено, выполнено частично или не выполнено.</translation>
    </message>
    <message>
        <source>Finding {id}</source>
        <translation>Замечание {id}</translation>
    </message>
    <message>
        <source>Finding {id} was accepted already, by {who}.</source>
        <translation>Замечание {id} уже принято ({who}).</translation>
    </message>
    <message>
        <source>There is no assessment with id {id}.</source>
        <translation>Нет оценки с идентификатором {id}.</translation>
    </message>
    <message>
        <source>Tracer {id} is gone; someone may have deleted it.</source>
        <translation>Трейсера {id} больше нет; возможно, его кто-то удалил.</translation>
    </message>
    <message>
        <source>A tracer needs a focus: the patient&apos;s pathway or the system it follows.</source>
        <translation>У трейсера должен быть предмет: путь пациента или прослеживаемая система.</translation>
    </message>
    <message>
        <source>Individual patient tracer</source>
        <translation>Трейсер пациента</translation>
    </message>
    <message>
        <source>System tracer</source>
        <translation>Системный трейсер</translation>
    </message>
    <message>
        <source>Environment round</source>
        <translation>Обход помещений</translation>
    </message>
    <message>
        <source>Leadership interview</source>
        <translation>Интервью с руководством</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>Проверка документов</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Единичное</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Повторяющееся</translation>
    </message>
    <message>
        <source>Widespread</source>
        <translation>Повсеместное</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкое</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Умеренное</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокое</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <translation>Эффективность подтверждена</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Неэффективно</translation>
    </message>
    <message>
        <source>Finding {id} is there already; nothing was put back.</source>
        <translation>Замечание {id} уже есть; ничего не возвращено.</translation>
    </message>
    <message>
        <source>Tracer {id} is there already; nothing was put back.</source>
        <translation>Трейсер {id} уже есть; ничего не возвращено.</translation>
    </message>
    <message>
        <source>Action {id} is there already; nothing was put back.</source>
        <translation>Мероприятие {id} уже есть; ничего не возвращено.</translation>
    </message>
</context>
<context>
    <name>TracersView</name>
    <message>
        <source>New tracer…</source>
        <translation>Новый трейсер…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить проведённым</translation>
    </message>
    <message>
        <source>Record finding…</source>
        <translation>Записать замечание…</translation>
    </message>
    <message>
        <source>Worksheet PDF…</source>
        <translation>Рабочий лист PDF…</translation>
    </message>
    <message>
        <source>The elements of the tracer&apos;s scope with room to write, for the round</source>
        <translation>Элементы охвата трейсера с местом для записей, для обхода</translation>
    </message>
    <message>
        <source>Accept into checklist</source>
        <translation>Принять в чек-лист</translation>
    </message>
    <message>
        <source>Set the finding&apos;s elements to its observed compliance (can be undone)</source>
        <translation>Установить элементам замечания наблюдаемое соответствие (можно отменить)</translation>
    </message>
    <message>
        <source>Raise action…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Корректирующие мероприятия</translation>
    </message>
    <message numerus="yes">
        <source>Findings of the chosen tracer: %n</source>
        <translation>
            <numerusform>Замечания выбранного трейсера: %n</numerusform>
            <numerusform>Замечания выбранного трейсера: %n</numerusform>
            <numerusform>Замечания выбранного трейсера: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a tracer with New tracer, then record its findings.</source>
        <translation>Запланируйте трейсер кнопкой «Новый трейсер», затем записывайте его замечания.</translation>
    </message>
    <message>
        <source>Tracer not changed</source>
        <translation>Трейсер не изменён</translation>
    </message>
    <message>
        <source>Tracer worksheet %s.pdf</source>
        <translation>Рабочий лист трейсера %s.pdf</translation>
    </message>
    <message>
        <source>Save the tracer worksheet</source>
        <translation>Сохранить рабочий лист трейсера</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Action not changed</source>
        <translation>Мероприятие не изменено</translation>
    </message>
    <message>
        <source>Accept finding %s</source>
        <translation>Принять замечание %s</translation>
    </message>
    <message>
        <source>Finding not accepted</source>
        <translation>Замечание не принято</translation>
    </message>
    <message>
        <source>Acceptance not undone</source>
        <translation>Принятие не отменено</translation>
    </message>
</context>
<context>
    <name>TrailModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Old → New</source>
        <translation>Было → Стало</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>{url} holds no Accredit Tracker project.</source>
        <translation>В {url} нет проекта Accredit Tracker.</translation>
    </message>
    <message>
        <source>{source} is at schema {revision}, not this version&apos;s {head}; open it once with this version of Accredit Tracker (which updates it), then copy it.</source>
        <translation>{source} имеет схему {revision}, а не схему {head} этой версии; откройте его один раз в этой версии Accredit Tracker (она его обновит), а затем скопируйте.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} не существует или не является файлом.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Не удаётся прочитать {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not an Accredit Tracker project.</source>
        <translation>Файл {name} не является проектом Accredit Tracker.</translation>
    </message>
    <message>
        <source>{path} already exists; copy the project to a new file name.</source>
        <translation>{path} уже существует; скопируйте проект в файл с новым именем.</translation>
    </message>
    <message>
        <source>Cannot create {name}: the folder {folder} does not exist.</source>
        <translation>Не удаётся создать {name}: папка {folder} не существует.</translation>
    </message>
    <message>
        <source>{path} appeared while the project was being copied; it is left alone.</source>
        <translation>{path} появился во время копирования проекта; он оставлен без изменений.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Не удаётся записать {path}: {reason}.</translation>
    </message>
    <message>
        <source>{url} already holds tables ({tables}); copy the project into an empty database (or schema) of its own.</source>
        <translation>В {url} уже есть таблицы ({tables}); скопируйте проект в отдельную пустую базу данных (или схему).</translation>
    </message>
    <message>
        <source>Cannot copy the project to {target}: {reason}</source>
        <translation>Не удаётся скопировать проект в {target}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the shared project {url}: {reason}</source>
        <translation>Не удаётся прочитать общий проект {url}: {reason}</translation>
    </message>
    <message>
        <source>The source&apos;s stored evidence is damaged, so it was not copied: {problems}. Run Evidence → Verify stored files on the source and restore those files from a backup.</source>
        <translation>Сохранённые доказательства в исходном проекте повреждены, поэтому он не скопирован: {problems}. Выполните в исходном проекте «Доказательства → Проверить сохранённые файлы» и восстановите эти файлы из резервной копии.</translation>
    </message>
    <message>
        <source>{table}: {source:,} rows in the source, {target:,} in the copy</source>
        <translation>{table}: строк в исходном проекте — {source:,}, в копии — {target:,}</translation>
    </message>
    <message>
        <source>The copy does not match the source, so it was removed: {differences}.</source>
        <translation>Копия не совпадает с исходным проектом, поэтому она удалена: {differences}.</translation>
    </message>
    <message>
        <source>{table}: the row {key} of the source is not in the copy</source>
        <translation>{table}: строки {key} исходного проекта нет в копии</translation>
    </message>
    <message>
        <source>{table}: in the row {key}, {columns} differ ({shown})</source>
        <translation>{table}: в строке {key} различаются столбцы {columns} ({shown})</translation>
    </message>
    <message>
        <source>{table}: the copied rows differ from the source&apos;s</source>
        <translation>{table}: скопированные строки отличаются от строк исходного проекта</translation>
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
        <translation>отсутствуют все фрагменты</translation>
    </message>
    <message>
        <source>chunks of content that is not recorded</source>
        <translation>фрагменты содержимого, которое не учтено в проекте</translation>
    </message>
    <message>
        <source>chunks missing</source>
        <translation>отсутствуют фрагменты</translation>
    </message>
    <message>
        <source>{stored:,} of {size:,} bytes</source>
        <translation>сохранено {stored:,} из {size:,} байт</translation>
    </message>
    <message>
        <source>the bytes do not match the SHA-256</source>
        <translation>данные не соответствуют сумме SHA-256</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify action</source>
        <translation>Проверка мероприятия</translation>
    </message>
    <message>
        <source>Effective: the measure of success was met</source>
        <translation>Эффективно: критерий успеха достигнут</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Неэффективно</translation>
    </message>
    <message>
        <source>What the verification found</source>
        <translation>Что показала проверка</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Добавить доказательства…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Кто проверил</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Добавить доказательства</translation>
    </message>
    <message>
        <source>Verification not saved</source>
        <translation>Проверка не сохранена</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <source>To do</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>_ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%s of %s</source>
        <translation>%s из %s</translation>
    </message>
    <message>
        <source>%s so far</source>
        <translation>обработано: %s</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Chapter code</source>
        <translation>Код главы</translation>
    </message>
    <message>
        <source>Chapter title</source>
        <translation>Название главы</translation>
    </message>
    <message>
        <source>Standard code</source>
        <translation>Код стандарта</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>Текст стандарта</translation>
    </message>
    <message>
        <source>ME number</source>
        <translation>Номер элемента</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Измеримый элемент</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Typical evidence</source>
        <translation>Типичные доказательства</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Ref ID</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Assessable</source>
        <translation>Оценивается</translation>
    </message>
    <message>
        <source>Kept as an attribute</source>
        <translation>Сохранить как атрибут</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Checking {name}</source>
        <translation>Проверка {name}</translation>
    </message>
    <message>
        <source>Storing {name}</source>
        <translation>Добавление {name} в проект</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>Экспорт доказательств</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <translation>Сохранение {name}</translation>
    </message>
    <message>
        <source>Verifying evidence</source>
        <translation>Проверка доказательств</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Saving standards</source>
        <translation>Сохранение стандартов</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>Запись журнала изменений</translation>
    </message>
    <message>
        <source>Saving the audit trail</source>
        <translation>Сохранение журнала изменений</translation>
    </message>
    <message>
        <source>Comparing the assessments</source>
        <translation>Сравнение оценок</translation>
    </message>
    <message>
        <source>Writing the comparison</source>
        <translation>Запись сравнения</translation>
    </message>
    <message>
        <source>Saving the comparison</source>
        <translation>Сохранение сравнения</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Формирование отчёта</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Writing the elements table</source>
        <translation>Запись таблицы элементов</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>Comparing with the project</source>
        <translation>Сравнение с проектом</translation>
    </message>
    <message>
        <source>Reading the standards file</source>
        <translation>Чтение файла стандартов</translation>
    </message>
    <message>
        <source>Copying the project</source>
        <translation>Копирование проекта</translation>
    </message>
    <message>
        <source>Copying evidence</source>
        <translation>Копирование доказательств</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>Проверка копии</translation>
    </message>
    <message>
        <source>Checking the copied evidence</source>
        <translation>Проверка скопированных доказательств</translation>
    </message>
    <message>
        <source>Saving the evidence index</source>
        <translation>Сохранение перечня доказательств</translation>
    </message>
    <message>
        <source>Writing the improvement plan</source>
        <translation>Запись плана улучшений</translation>
    </message>
    <message>
        <source>Saving the improvement plan</source>
        <translation>Сохранение плана улучшений</translation>
    </message>
    <message>
        <source>Writing the coverage</source>
        <translation>Запись покрытия</translation>
    </message>
    <message>
        <source>Saving the coverage</source>
        <translation>Сохранение покрытия</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Не удаётся создать демонстрационный проект</translation>
    </message>
</context>
</TS>
