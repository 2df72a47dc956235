<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Raise corrective action</source>
        <translation>Raise corrective action</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>Element codes, separated by &apos;;&apos;</source>
        <translation>Element codes, separated by &apos;;&apos;</translation>
    </message>
    <message>
        <source>Why it happened, as the analysis found</source>
        <translation>Why it happened, as the analysis found</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>e.g. 30 records audited monthly, ≥ 90 % compliant for 4 months in a row</source>
        <translation>e.g. 30 records audited monthly, ≥ 90 % compliant for 4 months in a row</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elements</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Measure of success</translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>Action not saved</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elements</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Measure of success</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>%s (overdue)</source>
        <translation>%s (overdue)</translation>
    </message>
</context>
<context>
    <name>AssessmentActions</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>&amp;Scoring profile…</source>
        <translation>&amp;Scoring profile…</translation>
    </message>
    <message>
        <source>&amp;Locked after the survey</source>
        <translation>&amp;Locked after the survey</translation>
    </message>
    <message>
        <source>A locked assessment can be read and exported but not changed</source>
        <translation>A locked assessment can be read and exported but not changed</translation>
    </message>
    <message>
        <source>%s elements carried through the mapping, to review; %s with suggestions.</source>
        <translation>%s elements carried through the mapping, to review; %s with suggestions.</translation>
    </message>
    <message>
        <source>Lock &apos;%s&apos;? Nobody can then change its results, owners, notes or evidence, in this window, from the command line or by taking back a report, until it is unlocked. Reading and exporting it stay possible.</source>
        <translation>Lock &apos;%s&apos;? Nobody can then change its results, owners, notes or evidence, in this window, from the command line or by taking back a report, until it is unlocked. Reading and exporting it stay possible.</translation>
    </message>
    <message>
        <source>Unlock &apos;%s&apos; so that it can be changed again? This is recorded.</source>
        <translation>Unlock &apos;%s&apos; so that it can be changed again? This is recorded.</translation>
    </message>
    <message>
        <source>Lock assessment</source>
        <translation>Lock assessment</translation>
    </message>
    <message>
        <source>Unlock assessment</source>
        <translation>Unlock assessment</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>An assessment needs a name.</source>
        <translation>An assessment needs a name.</translation>
    </message>
    <message>
        <source>The survey cannot end ({ends}) before it starts ({starts}).</source>
        <translation>The survey cannot end ({ends}) before it starts ({starts}).</translation>
    </message>
    <message>
        <source>There is no standards library with id {id}.</source>
        <translation>There is no standards library with id {id}.</translation>
    </message>
    <message>
        <source>There is no scoring profile named &apos;{key}&apos;.</source>
        <translation>There is no scoring profile named &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>The assessment to start from is not of the same library.</source>
        <translation>The assessment to start from is not of the same library.</translation>
    </message>
    <message>
        <source>Element assessment {id} is gone.</source>
        <translation>Element assessment {id} is gone.</translation>
    </message>
    <message>
        <source>Someone else saved some of these elements at the same moment; nothing was changed. Reload and try again.</source>
        <translation>Someone else saved some of these elements at the same moment; nothing was changed. Reload and try again.</translation>
    </message>
    <message>
        <source>There is no assessment with id {id}.</source>
        <translation>There is no assessment with id {id}.</translation>
    </message>
    <message>
        <source>There is no scoring profile with id {id}.</source>
        <translation>There is no scoring profile with id {id}.</translation>
    </message>
    <message>
        <source>Assessment &apos;{name}&apos; is locked; unlock it first.</source>
        <translation>Assessment &apos;{name}&apos; is locked; unlock it first.</translation>
    </message>
    <message>
        <source>It now says: {values}.</source>
        <translation>It now says: {values}.</translation>
    </message>
    <message>
        <source>{who} changed this element meanwhile after you opened it; reload to see their version.</source>
        <translation>{who} changed this element meanwhile after you opened it; reload to see their version.</translation>
    </message>
    <message>
        <source>Someone changed this element meanwhile after you opened it; reload to see their version.</source>
        <translation>Someone changed this element meanwhile after you opened it; reload to see their version.</translation>
    </message>
    <message>
        <source>{who} changed this element at {when} after you opened it; reload to see their version.</source>
        <translation>{who} changed this element at {when} after you opened it; reload to see their version.</translation>
    </message>
    <message>
        <source>Someone changed this element at {when} after you opened it; reload to see their version.</source>
        <translation>Someone changed this element at {when} after you opened it; reload to see their version.</translation>
    </message>
</context>
<context>
    <name>AttachDetailsDialog</name>
    <message>
        <source>Details of the files to attach</source>
        <translation>Details of the files to attach</translation>
    </message>
    <message>
        <source> and %s more</source>
        <translation> and %s more</translation>
    </message>
    <message>
        <source>What the files show, for the surveyor (optional)</source>
        <translation>What the files show, for the surveyor (optional)</translation>
    </message>
    <message>
        <source>Review or expiry date</source>
        <translation>Review or expiry date</translation>
    </message>
    <message>
        <source>Remembered for the next files of this type. Edit → Preferences can stop this question.</source>
        <translation>Remembered for the next files of this type. Edit → Preferences can stop this question.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>{rows} changes, chain head {hash}</source>
        <translation>{rows} changes, chain head {hash}</translation>
    </message>
    <message>
        <source>audit trail row {id} ({when}, {user}, {action}): {problem}</source>
        <translation>audit trail row {id} ({when}, {user}, {action}): {problem}</translation>
    </message>
    <message>
        <source>the chain starts here, but this row does not mark its start: the hashes of the rows before it were removed</source>
        <translation>the chain starts here, but this row does not mark its start: the hashes of the rows before it were removed</translation>
    </message>
    <message>
        <source>its hash is missing</source>
        <translation>its hash is missing</translation>
    </message>
    <message>
        <source>it does not match its hash: this row was changed, or a row before it was removed, inserted or moved</source>
        <translation>it does not match its hash: this row was changed, or a row before it was removed, inserted or moved</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>self-assessment</source>
        <translation>self-assessment</translation>
    </message>
    <message>
        <source>mock survey</source>
        <translation>mock survey</translation>
    </message>
    <message>
        <source>official survey</source>
        <translation>official survey</translation>
    </message>
    <message>
        <source>follow-up survey</source>
        <translation>follow-up survey</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Scoring profile</source>
        <translation>Scoring profile</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Facility name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Measure of success</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Mapping row</source>
        <translation>Mapping row</translation>
    </message>
    <message>
        <source>Carried value</source>
        <translation>Carried value</translation>
    </message>
    <message>
        <source>Undo: {change}</source>
        <translation>Undo: {change}</translation>
    </message>
    <message>
        <source>an element</source>
        <translation>an element</translation>
    </message>
    <message>
        <source>Taken back from {file}.</source>
        <translation>Taken back from {file}.</translation>
    </message>
    <message>
        <source>“{file}” linked to {element} as evidence.</source>
        <translation>“{file}” linked to {element} as evidence.</translation>
    </message>
    <message>
        <source>Evidence file “{file}” ({size}) added to the project.</source>
        <translation>Evidence file “{file}” ({size}) added to the project.</translation>
    </message>
    <message>
        <source>Evidence file “{file}” added to the project.</source>
        <translation>Evidence file “{file}” added to the project.</translation>
    </message>
    <message>
        <source>“{file}” taken off {element}; the file stays in the project.</source>
        <translation>“{file}” taken off {element}; the file stays in the project.</translation>
    </message>
    <message>
        <source>{element} lost “{file}”, which was removed from the project.</source>
        <translation>{element} lost “{file}”, which was removed from the project.</translation>
    </message>
    <message>
        <source>Evidence file “{file}” removed from the project.</source>
        <translation>Evidence file “{file}” removed from the project.</translation>
    </message>
    <message>
        <source>Evidence file “{twin}” merged into “{file}”, which has the same content; it supports the elements of both.</source>
        <translation>Evidence file “{twin}” merged into “{file}”, which has the same content; it supports the elements of both.</translation>
    </message>
    <message>
        <source>{count} evidence links carried over from “{earlier}”.</source>
        <translation>{count} evidence links carried over from “{earlier}”.</translation>
    </message>
    <message>
        <source>{count} evidence links carried over.</source>
        <translation>{count} evidence links carried over.</translation>
    </message>
    <message>
        <source>Assessment “{name}” locked.</source>
        <translation>Assessment “{name}” locked.</translation>
    </message>
    <message>
        <source>Assessment “{name}” unlocked.</source>
        <translation>Assessment “{name}” unlocked.</translation>
    </message>
    <message>
        <source>Assessment “{name}” now scored with “{profile}” (was “{was}”).</source>
        <translation>Assessment “{name}” now scored with “{profile}” (was “{was}”).</translation>
    </message>
    <message>
        <source>Project created.</source>
        <translation>Project created.</translation>
    </message>
    <message>
        <source>Project copied from {source}.</source>
        <translation>Project copied from {source}.</translation>
    </message>
    <message>
        <source>another project</source>
        <translation>another project</translation>
    </message>
    <message>
        <source>Scoring profile “{profile}” added.</source>
        <translation>Scoring profile “{profile}” added.</translation>
    </message>
    <message>
        <source>Facility name set to “{name}”.</source>
        <translation>Facility name set to “{name}”.</translation>
    </message>
    <message>
        <source>Facility name changed to “{name}” (was “{old}”).</source>
        <translation>Facility name changed to “{name}” (was “{old}”).</translation>
    </message>
    <message>
        <source>Change recorded: {old} → {new}.</source>
        <translation>Change recorded: {old} → {new}.</translation>
    </message>
    <message>
        <source>its elements</source>
        <translation>its elements</translation>
    </message>
    <message>
        <source>Tracer “{focus}” planned: {facts}.</source>
        <translation>Tracer “{focus}” planned: {facts}.</translation>
    </message>
    <message>
        <source>Tracer {id} marked {new} (was {old}).</source>
        <translation>Tracer {id} marked {new} (was {old}).</translation>
    </message>
    <message>
        <source>Tracer “{focus}” ({facts}) deleted with its findings ({count}).</source>
        <translation>Tracer “{focus}” ({facts}) deleted with its findings ({count}).</translation>
    </message>
    <message>
        <source>Tracer “{focus}” ({facts}) deleted.</source>
        <translation>Tracer “{focus}” ({facts}) deleted.</translation>
    </message>
    <message>
        <source>Tracer “{focus}” put back with its findings ({count}).</source>
        <translation>Tracer “{focus}” put back with its findings ({count}).</translation>
    </message>
    <message>
        <source>Tracer “{focus}” put back.</source>
        <translation>Tracer “{focus}” put back.</translation>
    </message>
    <message>
        <source>Finding recorded on {elements} ({compliance}): “{observed}”.</source>
        <translation>Finding recorded on {elements} ({compliance}): “{observed}”.</translation>
    </message>
    <message>
        <source>Finding {id} accepted into the checklist: its elements set to {result}.</source>
        <translation>Finding {id} accepted into the checklist: its elements set to {result}.</translation>
    </message>
    <message>
        <source>Acceptance of finding {id} withdrawn: its elements have their earlier results back.</source>
        <translation>Acceptance of finding {id} withdrawn: its elements have their earlier results back.</translation>
    </message>
    <message>
        <source>Finding on {elements} ({compliance}) deleted: “{observed}”.</source>
        <translation>Finding on {elements} ({compliance}) deleted: “{observed}”.</translation>
    </message>
    <message>
        <source>Finding on {elements} put back: “{observed}”.</source>
        <translation>Finding on {elements} put back: “{observed}”.</translation>
    </message>
    <message>
        <source>owner {owner}</source>
        <translation>owner {owner}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>due {day}</translation>
    </message>
    <message>
        <source>Corrective action raised for {elements} ({facts}): “{what}”.</source>
        <translation>Corrective action raised for {elements} ({facts}): “{what}”.</translation>
    </message>
    <message>
        <source>Corrective action raised for {elements}: “{what}”.</source>
        <translation>Corrective action raised for {elements}: “{what}”.</translation>
    </message>
    <message>
        <source>{field} of action {id} cleared (was {old}).</source>
        <translation>{field} of action {id} cleared (was {old}).</translation>
    </message>
    <message>
        <source>{field} of action {id} set to {new}.</source>
        <translation>{field} of action {id} set to {new}.</translation>
    </message>
    <message>
        <source>{field} of action {id} set to {new} (was {old}).</source>
        <translation>{field} of action {id} set to {new} (was {old}).</translation>
    </message>
    <message>
        <source>Action {id} verified by {who} on {day}: {status}.</source>
        <translation>Action {id} verified by {who} on {day}: {status}.</translation>
    </message>
    <message>
        <source>Corrective action for {elements} ({facts}) deleted: “{what}”.</source>
        <translation>Corrective action for {elements} ({facts}) deleted: “{what}”.</translation>
    </message>
    <message>
        <source>Corrective action for {elements} put back: “{what}”.</source>
        <translation>Corrective action for {elements} put back: “{what}”.</translation>
    </message>
    <message>
        <source>Mapping “{name}” created with {count} rows.</source>
        <translation>Mapping “{name}” created with {count} rows.</translation>
    </message>
    <message>
        <source>Row “{row}” added to mapping “{name}”.</source>
        <translation>Row “{row}” added to mapping “{name}”.</translation>
    </message>
    <message>
        <source>Assessment “{name}” started through a mapping.</source>
        <translation>Assessment “{name}” started through a mapping.</translation>
    </message>
    <message>
        <source>Assessment “{name}” started from “{earlier}” through a mapping: {elements} elements carried, {links} evidence links, {suggestions} suggestions to review.</source>
        <translation>Assessment “{name}” started from “{earlier}” through a mapping: {elements} elements carried, {links} evidence links, {suggestions} suggestions to review.</translation>
    </message>
    <message>
        <source>Evidence links carried over to {element}.</source>
        <translation>Evidence links carried over to {element}.</translation>
    </message>
    <message>
        <source>{field} of {element} carried over: {new}.</source>
        <translation>{field} of {element} carried over: {new}.</translation>
    </message>
    <message>
        <source>Suggestion for {element} accepted: its result taken from “{earlier}”.</source>
        <translation>Suggestion for {element} accepted: its result taken from “{earlier}”.</translation>
    </message>
    <message>
        <source>Suggestion for {element} rejected.</source>
        <translation>Suggestion for {element} rejected.</translation>
    </message>
    <message>
        <source>Values carried to {element} reviewed.</source>
        <translation>Values carried to {element} reviewed.</translation>
    </message>
    <message>
        <source>{field} of {element} cleared (was {old}).</source>
        <translation>{field} of {element} cleared (was {old}).</translation>
    </message>
    <message>
        <source>{field} of {element} set to {new}.</source>
        <translation>{field} of {element} set to {new}.</translation>
    </message>
    <message>
        <source>{field} of {element} set to {new} (was {old}).</source>
        <translation>{field} of {element} set to {new} (was {old}).</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>Evidence file “{old}” renamed “{new}”.</source>
        <translation>Evidence file “{old}” renamed “{new}”.</translation>
    </message>
    <message>
        <source>an evidence file</source>
        <translation>an evidence file</translation>
    </message>
    <message>
        <source>{field} of {file} cleared (was {old}).</source>
        <translation>{field} of {file} cleared (was {old}).</translation>
    </message>
    <message>
        <source>{field} of {file} set to {new}.</source>
        <translation>{field} of {file} set to {new}.</translation>
    </message>
    <message>
        <source>{field} of {file} set to {new} (was {old}).</source>
        <translation>{field} of {file} set to {new} (was {old}).</translation>
    </message>
    <message>
        <source>scored with “{profile}”</source>
        <translation>scored with “{profile}”</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <source>started from “{earlier}”</source>
        <translation>started from “{earlier}”</translation>
    </message>
    <message>
        <source>Assessment “{name}” created.</source>
        <translation>Assessment “{name}” created.</translation>
    </message>
    <message>
        <source>Assessment “{name}” created: {facts}.</source>
        <translation>Assessment “{name}” created: {facts}.</translation>
    </message>
    <message>
        <source>Standards library “{name}” imported: {chapters} chapters, {standards} standards, {elements} measurable elements.</source>
        <translation>Standards library “{name}” imported: {chapters} chapters, {standards} standards, {elements} measurable elements.</translation>
    </message>
    <message>
        <source>Standards library “{name}” imported.</source>
        <translation>Standards library “{name}” imported.</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Find in values, details, codes and names</source>
        <translation>Find in values, details, codes and names</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Write every change that matches the filters to an Excel or CSV file</source>
        <translation>Write every change that matches the filters to an Excel or CSV file</translation>
    </message>
    <message>
        <source>Unticked: any date</source>
        <translation>Unticked: any date</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>All assessments</source>
        <translation>All assessments</translation>
    </message>
    <message>
        <source>Any chapter</source>
        <translation>Any chapter</translation>
    </message>
    <message>
        <source>Any kind of change</source>
        <translation>Any kind of change</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>showing the newest %s of %s</source>
        <translation>showing the newest %s of %s</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 change</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %s</source>
        <translation>The history could not be read: %s</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>Writing %s</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written.</source>
        <translation>Cancelled; %s was not written.</translation>
    </message>
    <message>
        <source>Audit trail not written</source>
        <translation>Audit trail not written</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %Ln change(s).</source>
        <translation>
            <numerusform>Wrote %1: %Ln change.</numerusform>
            <numerusform>Wrote %1: %Ln changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Bulk edit</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <source>— leave as it is —</source>
        <translation>— leave as it is —</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>Set due date</translation>
    </message>
    <message>
        <source>Set notes</source>
        <translation>Set notes</translation>
    </message>
    <message>
        <source>Replace the notes of every selected element (left empty: clear them)</source>
        <translation>Replace the notes of every selected element (left empty: clear them)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message numerus="yes">
        <source>Change %Ln selected element(s) in one step (one undo).</source>
        <translation>
            <numerusform>Change %Ln selected element in one step (one undo).</numerusform>
            <numerusform>Change %Ln selected elements in one step (one undo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryIntoDialog</name>
    <message>
        <source>Carry results into this assessment</source>
        <translation>Carry results into this assessment</translation>
    </message>
    <message>
        <source>“%s” through the mapping “%s”</source>
        <translation>“%s” through the mapping “%s”</translation>
    </message>
    <message>
        <source>Elements mapped as equal take the result, work status, owner, notes and evidence links of their source element, marked “carried — review”; the other mappings become suggestions. Only an assessment in which nothing has been recorded yet can be filled so.</source>
        <translation>Elements mapped as equal take the result, work status, owner, notes and evidence links of their source element, marked “carried — review”; the other mappings become suggestions. Only an assessment in which nothing has been recorded yet can be filled so.</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>Into:</translation>
    </message>
    <message>
        <source>&amp;Carry from:</source>
        <translation>&amp;Carry from:</translation>
    </message>
    <message>
        <source>No mapping leads to this assessment&apos;s library from another one</source>
        <translation>No mapping leads to this assessment&apos;s library from another one</translation>
    </message>
</context>
<context>
    <name>ChangeKind</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Library import</source>
        <translation>Library import</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Tracers</source>
        <translation>Tracers</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Mappings</translation>
    </message>
    <message>
        <source>Carried values</source>
        <translation>Carried values</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ChapterBars</name>
    <message>
        <source>%s · not enough assessed</source>
        <translation>%s · not enough assessed</translation>
    </message>
    <message>
        <source>%s %s
Score %s%s — click to see its elements</source>
        <translation>%s %s
Score %s%s — click to see its elements</translation>
    </message>
</context>
<context>
    <name>ChapterComparisonModel</name>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
</context>
<context>
    <name>ChapterTreeModel</name>
    <message>
        <source>All elements</source>
        <translation>All elements</translation>
    </message>
    <message>
        <source>not enough assessed (%s)</source>
        <translation>not enough assessed (%s)</translation>
    </message>
    <message>
        <source>%s of %s met</source>
        <translation>%s of %s met</translation>
    </message>
    <message>
        <source>Score %s — not enough assessed to judge: %s of %s applicable elements (at least %s %% needed)</source>
        <translation>Score %s — not enough assessed to judge: %s of %s applicable elements (at least %s %% needed)</translation>
    </message>
    <message>
        <source>Score %s</source>
        <translation>Score %s</translation>
    </message>
    <message>
        <source>Score %s — meets the threshold of %s</source>
        <translation>Score %s — meets the threshold of %s</translation>
    </message>
    <message>
        <source>Score %s — below the threshold of %s</source>
        <translation>Score %s — below the threshold of %s</translation>
    </message>
</context>
<context>
    <name>CheckResultBox</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Fix the file or the column mapping and check again.</source>
        <translation>Fix the file or the column mapping and check again.</translation>
    </message>
    <message>
        <source>%s, %s, %s; ready to import.</source>
        <translation>%s, %s, %s; ready to import.</translation>
    </message>
    <message>
        <source>Import adds them to the project as the library “%s”.</source>
        <translation>Import adds them to the project as the library “%s”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%Ln problem; nothing was imported.</numerusform>
            <numerusform>%Ln problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln note(s) below are worth reading first.</source>
        <translation>
            <numerusform>The note below is worth reading first.</numerusform>
            <numerusform>The %Ln notes below are worth reading first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chapter(s)</source>
        <translation>
            <numerusform>%Ln chapter</numerusform>
            <numerusform>%Ln chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standard(s)</source>
        <translation>
            <numerusform>%Ln standard</numerusform>
            <numerusform>%Ln standards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measurable element(s)</source>
        <translation>
            <numerusform>%Ln measurable element</numerusform>
            <numerusform>%Ln measurable elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Set &amp;result of selection</source>
        <translation>Set &amp;result of selection</translation>
    </message>
    <message>
        <source>&amp;Bulk edit selection…</source>
        <translation>&amp;Bulk edit selection…</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>this server does not send change notices</source>
        <translation>this server does not send change notices</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked.&lt;/b&gt; This assessment was locked after its survey: it can be read and exported, not changed. Assessment → Locked after the survey unlocks it.</source>
        <translation>&lt;b&gt;Locked.&lt;/b&gt; This assessment was locked after its survey: it can be read and exported, not changed. Assessment → Locked after the survey unlocks it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %s. This project can be browsed, searched and exported, and its evidence saved as copies, but not changed. To change it, save a copy with File → Copy project to a file.</source>
        <translation>&lt;b&gt;Read-only:&lt;/b&gt; %s. This project can be browsed, searched and exported, and its evidence saved as copies, but not changed. To change it, save a copy with File → Copy project to a file.</translation>
    </message>
    <message>
        <source>%s elements</source>
        <translation>%s elements</translation>
    </message>
    <message>
        <source>Applying %s</source>
        <translation>Applying %s</translation>
    </message>
    <message>
        <source>Results not taken back</source>
        <translation>Results not taken back</translation>
    </message>
    <message numerus="yes">
        <source>Take back %Ln change(s) from %1</source>
        <translation>
            <numerusform>Take back %Ln change from %1</numerusform>
            <numerusform>Take back %Ln changes from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Others&apos; changes: looked for every %s s (no notices from the server)</source>
        <translation>Others&apos; changes: looked for every %s s (no notices from the server)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connection to the shared project&lt;/b&gt; since %s. What you type is kept and saved when the server answers again; a result or field set meanwhile was not saved. Trying again every few seconds…</source>
        <translation>&lt;b&gt;No connection to the shared project&lt;/b&gt; since %s. What you type is kept and saved when the server answers again; a result or field set meanwhile was not saved. Trying again every few seconds…</translation>
    </message>
    <message>
        <source>Set %s</source>
        <translation>Set %s</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %Ln element(s)</source>
        <translation>
            <numerusform>Set %1 of %Ln element</numerusform>
            <numerusform>Set %1 of %Ln elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes, not saved:</source>
        <translation>Your notes, not saved:</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Change not saved</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ColumnMappingBox</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>Second value</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>&amp;Keep them as attributes</source>
        <translation>&amp;Keep them as attributes</translation>
    </message>
    <message>
        <source>Import these columns too, shown with each element and in the report</source>
        <translation>Import these columns too, shown with each element and in the report</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <source>Column %s is read as</source>
        <translation>Column %s is read as</translation>
    </message>
    <message>
        <source>one row per measurable element</source>
        <translation>one row per measurable element</translation>
    </message>
    <message>
        <source>an outline of chapters, standards and elements</source>
        <translation>an outline of chapters, standards and elements</translation>
    </message>
    <message>
        <source>Headers found on row %s; the sheet is read as %s.</source>
        <translation>Headers found on row %s; the sheet is read as %s.</translation>
    </message>
    <message>
        <source>Row %s is taken as the header row, but not every column was recognised; the sheet is read as %s.</source>
        <translation>Row %s is taken as the header row, but not every column was recognised; the sheet is read as %s.</translation>
    </message>
    <message>
        <source>Check what each column is read as, and change it where it is wrong.</source>
        <translation>Check what each column is read as, and change it where it is wrong.</translation>
    </message>
    <message>
        <source>Not imported: %s.</source>
        <translation>Not imported: %s.</translation>
    </message>
    <message>
        <source>No column is read as %s yet. Choose it under “Read as” for the column that holds it, then click Check.</source>
        <translation>No column is read as %s yet. Choose it under “Read as” for the column that holds it, then click Check.</translation>
    </message>
    <message>
        <source>No column is read as “%s”. Under “Read as”, choose “%s” for the column that holds it.</source>
        <translation>No column is read as “%s”. Under “Read as”, choose “%s” for the column that holds it.</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Move column left</source>
        <translation>Move column left</translation>
    </message>
    <message>
        <source>Move column right</source>
        <translation>Move column right</translation>
    </message>
    <message>
        <source>Two lines of element text</source>
        <translation>Two lines of element text</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>(not there)</source>
        <translation>(not there)</translation>
    </message>
    <message>
        <source>Compare assessments</source>
        <translation>Compare assessments</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Then:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <source>Find in codes and text</source>
        <translation>Find in codes and text</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Write the comparison to an Excel workbook</source>
        <translation>Write the comparison to an Excel workbook</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Scored under different profiles: %s then, %s now.</source>
        <translation>Scored under different profiles: %s then, %s now.</translation>
    </message>
    <message>
        <source>The comparison could not be worked out: %s</source>
        <translation>The comparison could not be worked out: %s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln element(s): %1</source>
        <translation>
            <numerusform>%Ln element: %1</numerusform>
            <numerusform>%Ln elements: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing %1 of %Ln element(s): %2</source>
        <translation>
            <numerusform>showing %1 of %Ln element: %2</numerusform>
            <numerusform>showing %1 of %Ln elements: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>Writing %s</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written.</source>
        <translation>Cancelled; %s was not written.</translation>
    </message>
    <message>
        <source>Comparison not written</source>
        <translation>Comparison not written</translation>
    </message>
    <message>
        <source>Wrote %s.</source>
        <translation>Wrote %s.</translation>
    </message>
</context>
<context>
    <name>CrosswalkActions</name>
    <message>
        <source>&amp;Mappings between libraries…</source>
        <translation>&amp;Mappings between libraries…</translation>
    </message>
    <message>
        <source>Ca&amp;rry results into this assessment…</source>
        <translation>Ca&amp;rry results into this assessment…</translation>
    </message>
    <message>
        <source>Fill this assessment, in which nothing is recorded yet, from an assessment of another library through a mapping</source>
        <translation>Fill this assessment, in which nothing is recorded yet, from an assessment of another library through a mapping</translation>
    </message>
    <message>
        <source>&amp;Keep carried values</source>
        <translation>&amp;Keep carried values</translation>
    </message>
    <message>
        <source>Mark the selected carried elements reviewed: their values, as they are now (kept or changed by you), stand</source>
        <translation>Mark the selected carried elements reviewed: their values, as they are now (kept or changed by you), stand</translation>
    </message>
    <message>
        <source>Review &amp;suggestions…</source>
        <translation>Review &amp;suggestions…</translation>
    </message>
    <message>
        <source>%s elements carried through the mapping, to review; %s with suggestions.</source>
        <translation>%s elements carried through the mapping, to review; %s with suggestions.</translation>
    </message>
    <message>
        <source>Keep carried values</source>
        <translation>Keep carried values</translation>
    </message>
    <message>
        <source>None of the selected elements has carried values to review.</source>
        <translation>None of the selected elements has carried values to review.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
</context>
<context>
    <name>DashboardDocument</name>
    <message>
        <source>Readiness dashboard</source>
        <translation>Readiness dashboard</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Readiness dashboard · %1 · %2</source>
        <translation>Readiness dashboard · %1 · %2</translation>
    </message>
    <message>
        <source>Chapters — score against the chapter&apos;s threshold (dashed)</source>
        <translation>Chapters — score against the chapter&apos;s threshold (dashed)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation>Readiness over time</translation>
    </message>
    <message>
        <source>Overdue by owner</source>
        <translation>Overdue by owner</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <source>What a surveyor would catch</source>
        <translation>What a surveyor would catch</translation>
    </message>
    <message>
        <source>Nothing to flag.</source>
        <translation>Nothing to flag.</translation>
    </message>
    <message>
        <source>and %s more</source>
        <translation>and %s more</translation>
    </message>
    <message>
        <source>Readiness over time appears once results have been recorded on at least two different days.</source>
        <translation>Readiness over time appears once results have been recorded on at least two different days.</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (provisional)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Fully met without evidence</source>
        <translation>Fully met without evidence</translation>
    </message>
    <message>
        <source>Evidence past its review date</source>
        <translation>Evidence past its review date</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Standard below its threshold in a passing chapter</source>
        <translation>Standard below its threshold in a passing chapter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Overdue by owner</source>
        <translation>Overdue by owner</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <source>Chapters — the dashed line is the threshold; click a bar</source>
        <translation>Chapters — the dashed line is the threshold; click a bar</translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation>Readiness over time</translation>
    </message>
    <message>
        <source>What a surveyor would catch — double-click to open</source>
        <translation>What a surveyor would catch — double-click to open</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %s</source>
        <translation>The dashboard could not be read: %s</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>&lt;b&gt;To review after carrying through a mapping:&lt;/b&gt; %s carried, not yet reviewed; %s with suggestions. The checklist&apos;s review list shows them.</source>
        <translation>&lt;b&gt;To review after carrying through a mapping:&lt;/b&gt; %s carried, not yet reviewed; %s with suggestions. The checklist&apos;s review list shows them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Repeat findings:&lt;/b&gt; %s</source>
        <translation>&lt;b&gt;Repeat findings:&lt;/b&gt; %s</translation>
    </message>
    <message>
        <source>No corrective actions yet; raise them on Tracers.</source>
        <translation>No corrective actions yet; raise them on Tracers.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue: %s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Overdue: %s&lt;/b&gt;</translation>
    </message>
    <message>
        <source>… and %s more</source>
        <translation>… and %s more</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Save the dashboard as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>%s (key %s)</source>
        <translation>%s (key %s)</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Notes are saved as you type</source>
        <translation>Notes are saved as you type</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a measurable element.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select a measurable element.&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln element(s) selected&lt;/b&gt;: result, status, owner, department, due date and evidence you add or link apply to all of them.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln element selected&lt;/b&gt;: result, status, owner, department, due date and evidence you add or link apply to all of them.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln elements selected&lt;/b&gt;: result, status, owner, department, due date and evidence you add or link apply to all of them.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> — accepted</source>
        <translation> — accepted</translation>
    </message>
    <message>
        <source> — repeat finding</source>
        <translation> — repeat finding</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)%5</source>
        <translation>%1: %2 (%3, %4)%5</translation>
    </message>
    <message>
        <source>Earlier, in %1: %2 (%3)</source>
        <translation>Earlier, in %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n)</source>
        <translation>
            <numerusform>Findings (%n)</numerusform>
            <numerusform>Findings (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%s  %s  %s: %s</source>
        <translation>%s  %s  %s: %s</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Guidance for the standard</source>
        <translation>Guidance for the standard</translation>
    </message>
</context>
<context>
    <name>ElementChange</name>
    <message>
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Regressed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>ElementComparisonModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Measurable element</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>ElementTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Measurable element</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%s of %s evidence files past the review date</source>
        <translation>%s of %s evidence files past the review date</translation>
    </message>
</context>
<context>
    <name>EscapedErrors</name>
    <message>
        <source>Something went wrong. Nothing more was changed. The details are in %s.</source>
        <translation>Something went wrong. Nothing more was changed. The details are in %s.</translation>
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
        <translation>Evidence file {id} is gone; someone may have deleted it.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file; attach the files inside it instead.</source>
        <translation>{path} is a folder, not a file; attach the files inside it instead.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket).</source>
        <translation>{path} is not a regular file (a device, pipe or socket).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes); there is nothing to keep as evidence.</source>
        <translation>{path} is empty (0 bytes); there is nothing to keep as evidence.</translation>
    </message>
    <message>
        <source>{size} ({bytes:,} bytes)</source>
        <translation>{size} ({bytes:,} bytes)</translation>
    </message>
    <message>
        <source>{path} is {size}; an evidence file may be at most {limit}.</source>
        <translation>{path} is {size}; an evidence file may be at most {limit}.</translation>
    </message>
    <message>
        <source>{path} disappeared while it was being read; nothing was attached.</source>
        <translation>{path} disappeared while it was being read; nothing was attached.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} cannot be read: permission denied.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>{path} grew while it was being read (it was {size:,} bytes); nothing was attached. Close the program writing it and try again.</source>
        <translation>{path} grew while it was being read (it was {size:,} bytes); nothing was attached. Close the program writing it and try again.</translation>
    </message>
    <message>
        <source>{path} shrank while it was being read (it was {size:,} bytes, only {done:,} could be read); nothing was attached. Close the program writing it and try again.</source>
        <translation>{path} shrank while it was being read (it was {size:,} bytes, only {done:,} could be read); nothing was attached. Close the program writing it and try again.</translation>
    </message>
    <message>
        <source>{path} changed while it was being read; nothing was attached. Close the program writing it and try again.</source>
        <translation>{path} changed while it was being read; nothing was attached. Close the program writing it and try again.</translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>An evidence file needs a name.</translation>
    </message>
    <message>
        <source>The project holds no content with SHA-256 {sha256}.</source>
        <translation>The project holds no content with SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>The stored content {sha256}… is damaged ({stored:,} of {size:,} bytes in {count} chunks); run Evidence → Verify stored files and restore it from a backup.</source>
        <translation>The stored content {sha256}… is damaged ({stored:,} of {size:,} bytes in {count} chunks); run Evidence → Verify stored files and restore it from a backup.</translation>
    </message>
    <message>
        <source>Chunk {seq} of the stored content {sha256}… is missing; someone may have deleted it while it was being read.</source>
        <translation>Chunk {seq} of the stored content {sha256}… is missing; someone may have deleted it while it was being read.</translation>
    </message>
    <message>
        <source>The stored content {sha256}… is missing.</source>
        <translation>The stored content {sha256}… is missing.</translation>
    </message>
    <message>
        <source>Cannot save {name}: the folder {folder} does not exist.</source>
        <translation>Cannot save {name}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Cannot save to {target}: it is a folder.</source>
        <translation>Cannot save to {target}: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot save {name} in {folder}: {reason}.</source>
        <translation>Cannot save {name} in {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The stored content {sha256}… does not match its SHA-256; it is damaged. Run Evidence → Verify stored files and restore it from a backup.</source>
        <translation>The stored content {sha256}… does not match its SHA-256; it is damaged. Run Evidence → Verify stored files and restore it from a backup.</translation>
    </message>
    <message>
        <source>{folder} leads to {target}, outside {root}; nothing is written through it.</source>
        <translation>{folder} leads to {target}, outside {root}; nothing is written through it.</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>Cannot create {folder}: {reason}.</translation>
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
        <translation>{size:,} bytes</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>Attach evidence files</source>
        <translation>Attach evidence files</translation>
    </message>
    <message>
        <source>Attaching %s</source>
        <translation>Attaching %s</translation>
    </message>
    <message>
        <source>Attaching %s files</source>
        <translation>Attaching %s files</translation>
    </message>
    <message>
        <source>Evidence not attached</source>
        <translation>Evidence not attached</translation>
    </message>
    <message>
        <source>Attach %s</source>
        <translation>Attach %s</translation>
    </message>
    <message>
        <source>Attach %s files</source>
        <translation>Attach %s files</translation>
    </message>
    <message>
        <source>Attached %s (%s).</source>
        <translation>Attached %s (%s).</translation>
    </message>
    <message>
        <source>• %s is already in the project as “%s”; that file is linked.</source>
        <translation>• %s is already in the project as “%s”; that file is linked.</translation>
    </message>
    <message>
        <source>Linked the file already in the project</source>
        <translation>Linked the file already in the project</translation>
    </message>
    <message>
        <source>The project already holds the same content, so no copy was added:
%s</source>
        <translation>The project already holds the same content, so no copy was added:
%s</translation>
    </message>
    <message>
        <source>• %s is already attached as “%s”.</source>
        <translation>• %s is already attached as “%s”.</translation>
    </message>
    <message>
        <source>Already attached</source>
        <translation>Already attached</translation>
    </message>
    <message>
        <source>Not attached again:
%s</source>
        <translation>Not attached again:
%s</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nothing to paste</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a screenshot or picture first.</source>
        <translation>The clipboard holds no image. Copy a screenshot or picture first.</translation>
    </message>
    <message>
        <source>Image not attached</source>
        <translation>Image not attached</translation>
    </message>
    <message>
        <source>The image on the clipboard could not be turned into a PNG file.</source>
        <translation>The image on the clipboard could not be turned into a PNG file.</translation>
    </message>
    <message>
        <source>Link %s</source>
        <translation>Link %s</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Unlink evidence</translation>
    </message>
    <message>
        <source>“%s” supports no other element.

Remove it from the project (%s), or keep it in the evidence library so it can be linked again later? Removing cannot be undone.</source>
        <translation>“%s” supports no other element.

Remove it from the project (%s), or keep it in the evidence library so it can be linked again later? Removing cannot be undone.</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>Remove from project</translation>
    </message>
    <message>
        <source>Keep in library</source>
        <translation>Keep in library</translation>
    </message>
    <message>
        <source>Removed %s from the project.</source>
        <translation>Removed %s from the project.</translation>
    </message>
    <message>
        <source>Unlink %s</source>
        <translation>Unlink %s</translation>
    </message>
    <message>
        <source>Edit details of %s</source>
        <translation>Edit details of %s</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>No application is set up to open “%s”. A copy is at:
%s</source>
        <translation>No application is set up to open “%s”. A copy is at:
%s</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>Save evidence as</translation>
    </message>
    <message>
        <source>Saved %s.</source>
        <translation>Saved %s.</translation>
    </message>
    <message>
        <source>Saving %s</source>
        <translation>Saving %s</translation>
    </message>
    <message>
        <source>File not saved</source>
        <translation>File not saved</translation>
    </message>
    <message>
        <source>Evidence not found</source>
        <translation>Evidence not found</translation>
    </message>
    <message>
        <source>This file is no longer linked to the element; the list is now updated.</source>
        <translation>This file is no longer linked to the element; the list is now updated.</translation>
    </message>
    <message>
        <source>Evidence not changed</source>
        <translation>Evidence not changed</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>EvidenceBinder</name>
    <message>
        <source>Evidence binder – %1 %2</source>
        <translation>Evidence binder – %1 %2</translation>
    </message>
    <message>
        <source>Choose where to put the evidence binder</source>
        <translation>Choose where to put the evidence binder</translation>
    </message>
    <message>
        <source>Exporting the evidence of %s</source>
        <translation>Exporting the evidence of %s</translation>
    </message>
    <message>
        <source>Evidence binder not written</source>
        <translation>Evidence binder not written</translation>
    </message>
    <message>
        <source>Evidence binder cancelled</source>
        <translation>Evidence binder cancelled</translation>
    </message>
    <message>
        <source>Cancelled. The files written so far are in %s; it has no index.</source>
        <translation>Cancelled. The files written so far are in %s; it has no index.</translation>
    </message>
    <message>
        <source>Files exported: %1 (%2), to %3. %4 lists every file, its element and SHA-256.</source>
        <translation>Files exported: %1 (%2), to %3. %4 lists every file, its element and SHA-256.</translation>
    </message>
    <message>
        <source>Not exported:</source>
        <translation>Not exported:</translation>
    </message>
    <message>
        <source>Evidence binder written</source>
        <translation>Evidence binder written</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence details</source>
        <translation>Evidence details</translation>
    </message>
    <message>
        <source>What this file shows, for the surveyor</source>
        <translation>What this file shows, for the surveyor</translation>
    </message>
    <message>
        <source>Review or expiry date</source>
        <translation>Review or expiry date</translation>
    </message>
    <message>
        <source>%s, %s; added %s by %s</source>
        <translation>%s, %s; added %s by %s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>EvidenceLibraryDialog</name>
    <message>
        <source>Link evidence to %s</source>
        <translation>Link evidence to %s</translation>
    </message>
    <message>
        <source>Evidence library</source>
        <translation>Evidence library</translation>
    </message>
    <message>
        <source>Find in name and description</source>
        <translation>Find in name and description</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Review due within</source>
        <translation>Review due within</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Unlinked</translation>
    </message>
    <message>
        <source>Files that support no element</source>
        <translation>Files that support no element</translation>
    </message>
    <message>
        <source>Show in checklist</source>
        <translation>Show in checklist</translation>
    </message>
    <message>
        <source>Elements this file supports</source>
        <translation>Elements this file supports</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Link to element</source>
        <translation>Link to element</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the file in its own program</source>
        <translation>Open the file in its own program</translation>
    </message>
    <message>
        <source>Link to selected elements</source>
        <translation>Link to selected elements</translation>
    </message>
    <message>
        <source>Link the file to the elements selected in the checklist</source>
        <translation>Link the file to the elements selected in the checklist</translation>
    </message>
    <message>
        <source>Remove from project…</source>
        <translation>Remove from project…</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Any image</source>
        <translation>Any image</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message>
        <source>It supports %s elements; they lose it too.</source>
        <translation>It supports %s elements; they lose it too.</translation>
    </message>
    <message>
        <source>It supports no element.</source>
        <translation>It supports no element.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <source>Remove “%s” (%s) from the project? %s This cannot be undone.</source>
        <translation>Remove “%s” (%s) from the project? %s This cannot be undone.</translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation>Evidence not removed</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>No application is set up to open “%s”. A copy is at:
%s</source>
        <translation>No application is set up to open “%s”. A copy is at:
%s</translation>
    </message>
    <message>
        <source>Linked %s to the selected elements.</source>
        <translation>Linked %s to the selected elements.</translation>
    </message>
    <message>
        <source>In another assessment</source>
        <translation>In another assessment</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Attach files (Ctrl+Shift+A); you can also drop files here or on a row</source>
        <translation>Attach files (Ctrl+Shift+A); you can also drop files here or on a row</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Link a file already in the project to this element (Ctrl+Shift+L)</source>
        <translation>Link a file already in the project to this element (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open a copy with the system&apos;s default application</source>
        <translation>Open a copy with the system&apos;s default application</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Unlink from this element</source>
        <translation>Unlink from this element</translation>
    </message>
    <message>
        <source>Paste image as evidence</source>
        <translation>Paste image as evidence</translation>
    </message>
    <message>
        <source>Past its review date</source>
        <translation>Past its review date</translation>
    </message>
    <message>
        <source>Evidence (%s)</source>
        <translation>Evidence (%s)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>%s, %s</source>
        <translation>%s, %s</translation>
    </message>
    <message>
        <source>Added %s by %s</source>
        <translation>Added %s by %s</translation>
    </message>
    <message>
        <source>Review by %s</source>
        <translation>Review by %s</translation>
    </message>
    <message>
        <source>Supports %s elements</source>
        <translation>Supports %s elements</translation>
    </message>
</context>
<context>
    <name>EvidenceMenuActions</name>
    <message>
        <source>&amp;Attach files to selection…</source>
        <translation>&amp;Attach files to selection…</translation>
    </message>
    <message>
        <source>&amp;Paste image as evidence</source>
        <translation>&amp;Paste image as evidence</translation>
    </message>
    <message>
        <source>&amp;Link existing evidence…</source>
        <translation>&amp;Link existing evidence…</translation>
    </message>
    <message>
        <source>Evidence &amp;library…</source>
        <translation>Evidence &amp;library…</translation>
    </message>
    <message>
        <source>E&amp;xport evidence binder…</source>
        <translation>E&amp;xport evidence binder…</translation>
    </message>
    <message>
        <source>Write the assessment&apos;s evidence into a folder per chapter and element, with an index workbook of every file, its element and SHA-256</source>
        <translation>Write the assessment&apos;s evidence into a folder per chapter and element, with an index workbook of every file, its element and SHA-256</translation>
    </message>
    <message>
        <source>&amp;Verify stored files…</source>
        <translation>&amp;Verify stored files…</translation>
    </message>
    <message>
        <source>No element selected</source>
        <translation>No element selected</translation>
    </message>
    <message>
        <source>Select the elements in the checklist first, then link the file.</source>
        <translation>Select the elements in the checklist first, then link the file.</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <source>Choose a file to see it here.</source>
        <translation>Choose a file to see it here.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Open shows it in its own program.</source>
        <translation>No preview for this kind of file. Open shows it in its own program.</translation>
    </message>
    <message>
        <source>%s is too large to preview (%s). Open shows it in its own program.</source>
        <translation>%s is too large to preview (%s). Open shows it in its own program.</translation>
    </message>
    <message>
        <source>This computer has no PDF renderer for a preview (Qt&apos;s PDF module or pdftoppm). Open shows the document in its own program.</source>
        <translation>This computer has no PDF renderer for a preview (Qt&apos;s PDF module or pdftoppm). Open shows the document in its own program.</translation>
    </message>
    <message>
        <source>%s cannot be shown: it is not a picture this program can read.</source>
        <translation>%s cannot be shown: it is not a picture this program can read.</translation>
    </message>
</context>
<context>
    <name>FacilityPage</name>
    <message>
        <source>Your facility</source>
        <translation>Your facility</translation>
    </message>
    <message>
        <source>The facility&apos;s name heads every report. The project is one file that keeps the standards, the assessments and their evidence.</source>
        <translation>The facility&apos;s name heads every report. The project is one file that keeps the standards, the assessments and their evidence.</translation>
    </message>
    <message>
        <source>Create the project</source>
        <translation>Create the project</translation>
    </message>
    <message>
        <source>e.g. City Hospital No. 1</source>
        <translation>e.g. City Hospital No. 1</translation>
    </message>
    <message>
        <source>Where the project file is kept</source>
        <translation>Where the project file is kept</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Facility name:</source>
        <translation>&amp;Facility name:</translation>
    </message>
    <message>
        <source>Project &amp;file:</source>
        <translation>Project &amp;file:</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Accreditation</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s)</source>
        <translation>Accredit Tracker projects (*%s)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>%s already exists. Choose another file name, or open it with Open project.</source>
        <translation>%s already exists. Choose another file name, or open it with Open project.</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Cannot create project</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>Text document</source>
        <translation>Text document</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <source>PowerPoint slides</source>
        <translation>PowerPoint slides</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP archive</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <source>%s image</source>
        <translation>%s image</translation>
    </message>
    <message>
        <source>%s video</source>
        <translation>%s video</translation>
    </message>
    <message>
        <source>Other file (%s)</source>
        <translation>Other file (%s)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find in code, text and notes (Ctrl+F)</source>
        <translation>Find in code, text and notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Any result</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any evidence</source>
        <translation>Any evidence</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>No evidence</translation>
    </message>
    <message>
        <source>Expired evidence</source>
        <translation>Expired evidence</translation>
    </message>
    <message>
        <source>Elements with an evidence file past its review date</source>
        <translation>Elements with an evidence file past its review date</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Any review state</translation>
    </message>
    <message>
        <source>Carried, not yet reviewed</source>
        <translation>Carried, not yet reviewed</translation>
    </message>
    <message>
        <source>Has suggestions</source>
        <translation>Has suggestions</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Elements served by a corrective action past its due date and not done</source>
        <translation>Elements served by a corrective action past its due date and not done</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Any owner</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>Any attribute</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>%s of %s</source>
        <translation>%s of %s</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Record finding</source>
        <translation>Record finding</translation>
    </message>
    <message>
        <source>What was seen, heard or read</source>
        <translation>What was seen, heard or read</translation>
    </message>
    <message>
        <source>e.g. Ward 3 treatment room</source>
        <translation>e.g. Ward 3 treatment room</translation>
    </message>
    <message>
        <source>Element codes, separated by &apos;;&apos;</source>
        <translation>Element codes, separated by &apos;;&apos;</translation>
    </message>
    <message>
        <source>Add photos or documents…</source>
        <translation>Add photos or documents…</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elements</translation>
    </message>
    <message>
        <source>Observed compliance</source>
        <translation>Observed compliance</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>Likelihood × impact</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>This assessment has no measurable element &apos;%s&apos;.</source>
        <translation>This assessment has no measurable element &apos;%s&apos;.</translation>
    </message>
    <message>
        <source>Earlier, in %1: %2</source>
        <translation>Earlier, in %1: %2</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>Add photos or documents</translation>
    </message>
    <message>
        <source>Finding not saved</source>
        <translation>Finding not saved</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elements</translation>
    </message>
    <message>
        <source>Observed compliance</source>
        <translation>Observed compliance</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
</context>
<context>
    <name>FirstAssessmentPage</name>
    <message>
        <source>First assessment</source>
        <translation>First assessment</translation>
    </message>
    <message>
        <source>An assessment is one pass over every measurable element: a self-assessment, a mock survey, the official survey.</source>
        <translation>An assessment is one pass over every measurable element: a self-assessment, a mock survey, the official survey.</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Start the checklist</translation>
    </message>
    <message>
        <source>Self-assessment %s</source>
        <translation>Self-assessment %s</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Mock survey</source>
        <translation>Mock survey</translation>
    </message>
    <message>
        <source>Official survey</source>
        <translation>Official survey</translation>
    </message>
    <message>
        <source>Follow-up survey</source>
        <translation>Follow-up survey</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Read “%1”: %2, %3, %4.</source>
        <translation>Read “%1”: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chapter(s)</source>
        <translation>
            <numerusform>%Ln chapter</numerusform>
            <numerusform>%Ln chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standard(s)</source>
        <translation>
            <numerusform>%Ln standard</numerusform>
            <numerusform>%Ln standards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measurable element(s)</source>
        <translation>
            <numerusform>%Ln measurable element</numerusform>
            <numerusform>%Ln measurable elements</numerusform>
        </translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About Accredit Tracker</source>
        <translation>&amp;About Accredit Tracker</translation>
    </message>
    <message>
        <source>About Accredit Tracker</source>
        <translation>About Accredit Tracker</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Accredit Tracker %s&lt;/h3&gt;&lt;p&gt;Tracks a hospital&apos;s readiness for accreditation: the measurable elements of the standards, their results, owners and evidence, and the audit report.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Accredit Tracker %s&lt;/h3&gt;&lt;p&gt;Tracks a hospital&apos;s readiness for accreditation: the measurable elements of the standards, their results, owners and evidence, and the audit report.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>fully met (dark) and assessed (light) of %s applicable</source>
        <translation>fully met (dark) and assessed (light) of %s applicable</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>part {member} is not valid XML: {error}</source>
        <translation>part {member} is not valid XML: {error}</translation>
    </message>
    <message>
        <source>its ZIP container is cut short or corrupt</source>
        <translation>its ZIP container is cut short or corrupt</translation>
    </message>
    <message>
        <source>its ZIP container is corrupt: {error}</source>
        <translation>its ZIP container is corrupt: {error}</translation>
    </message>
    <message>
        <source>an empty ZIP archive</source>
        <translation>an empty ZIP archive</translation>
    </message>
    <message>
        <source>The file unpacks to {size}, more than the {limit} allowed; it was refused for safety.</source>
        <translation>The file unpacks to {size}, more than the {limit} allowed; it was refused for safety.</translation>
    </message>
    <message>
        <source>The file unpacks to {total}: its part {member} grows from {packed} to {unpacked} ({ratio:,}:1), far more than any spreadsheet; it was refused for safety.</source>
        <translation>The file unpacks to {total}: its part {member} grows from {packed} to {unpacked} ({ratio:,}:1), far more than any spreadsheet; it was refused for safety.</translation>
    </message>
    <message>
        <source>its XML is broken: {error}</source>
        <translation>its XML is broken: {error}</translation>
    </message>
    <message>
        <source>part {member} cannot be unpacked: {error}</source>
        <translation>part {member} cannot be unpacked: {error}</translation>
    </message>
    <message>
        <source>a merged cell in {member} is malformed: {error}</source>
        <translation>a merged cell in {member} is malformed: {error}</translation>
    </message>
    <message>
        <source>The file contains XML entity declarations (in member {member}), which spreadsheet files never need; it was refused for safety.</source>
        <translation>The file contains XML entity declarations (in member {member}), which spreadsheet files never need; it was refused for safety.</translation>
    </message>
    <message>
        <source>The file has an XML preamble longer than {size} (in member {member}), which spreadsheet files never have; it was refused for safety.</source>
        <translation>The file has an XML preamble longer than {size} (in member {member}), which spreadsheet files never have; it was refused for safety.</translation>
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
        <translation>{size:,} bytes</translation>
    </message>
    <message>
        <source>The file cannot be opened ({reason}); close it in any program that has it open and check that you may read it.</source>
        <translation>The file cannot be opened ({reason}); close it in any program that has it open and check that you may read it.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be read ({reason}).</source>
        <translation>The file is damaged or incomplete and cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation>The file is not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv).</translation>
    </message>
    <message>
        <source>The file is {what}, not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv).</source>
        <translation>The file is {what}, not a spreadsheet (expected .xlsx, .xlsm, .xls, .ods or .csv).</translation>
    </message>
    <message>
        <source>The file is protected with a password; remove the password in Excel (File → Info → Protect Workbook) and save it again.</source>
        <translation>The file is protected with a password; remove the password in Excel (File → Info → Protect Workbook) and save it again.</translation>
    </message>
    <message>
        <source>The row cannot be read as tab-separated text ({reason}).</source>
        <translation>The row cannot be read as tab-separated text ({reason}).</translation>
    </message>
    <message>
        <source>The row cannot be read as semicolon-separated text ({reason}).</source>
        <translation>The row cannot be read as semicolon-separated text ({reason}).</translation>
    </message>
    <message>
        <source>The row cannot be read as comma-separated text ({reason}).</source>
        <translation>The row cannot be read as comma-separated text ({reason}).</translation>
    </message>
    <message>
        <source>The file is not a text file; expected a CSV file saved as text.</source>
        <translation>The file is not a text file; expected a CSV file saved as text.</translation>
    </message>
    <message>
        <source>The file is a web page (HTML) with a spreadsheet name, not a real spreadsheet; open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>The file is a web page (HTML) with a spreadsheet name, not a real spreadsheet; open it in Excel and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The file is an XML document (perhaps an Excel 2003 XML spreadsheet), not a supported spreadsheet; open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>The file is an XML document (perhaps an Excel 2003 XML spreadsheet), not a supported spreadsheet; open it in Excel and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The file is empty: it has only blank space.</source>
        <translation>The file is empty: it has only blank space.</translation>
    </message>
    <message>
        <source>The text is not valid {encoding} ({reason}).</source>
        <translation>The text is not valid {encoding} ({reason}).</translation>
    </message>
    <message>
        <source>A cell is longer than {length:,} characters; Excel allows at most {limit:,}.</source>
        <translation>A cell is longer than {length:,} characters; Excel allows at most {limit:,}.</translation>
    </message>
    <message>
        <source>The row cannot be read as {delimiter}-separated text ({reason}).</source>
        <translation>The row cannot be read as {delimiter}-separated text ({reason}).</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx)</source>
        <translation>an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>an Excel macro-enabled workbook (.xlsm)</source>
        <translation>an Excel macro-enabled workbook (.xlsm)</translation>
    </message>
    <message>
        <source>an Excel binary workbook (.xlsb)</source>
        <translation>an Excel binary workbook (.xlsb)</translation>
    </message>
    <message>
        <source>an Excel 97–2003 workbook (.xls)</source>
        <translation>an Excel 97–2003 workbook (.xls)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods)</source>
        <translation>an OpenDocument spreadsheet (.ods)</translation>
    </message>
    <message>
        <source>a text (CSV) file</source>
        <translation>a text (CSV) file</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>a Word document</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>a PowerPoint presentation</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>This is a folder, not a spreadsheet file.</source>
        <translation>This is a folder, not a spreadsheet file.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>The file is empty (0 bytes).</translation>
    </message>
    <message>
        <source>an OpenDocument {kind} file</source>
        <translation>an OpenDocument {kind} file</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>a ZIP archive</translation>
    </message>
    <message>
        <source>an Office file of another kind</source>
        <translation>an Office file of another kind</translation>
    </message>
    <message>
        <source>The file is {kind} although its name ends in {suffix}; it was read as {read_as}.</source>
        <translation>The file is {kind} although its name ends in {suffix}; it was read as {read_as}.</translation>
    </message>
    <message>
        <source>The file is {kind} although its name has no extension; it was read as {read_as}.</source>
        <translation>The file is {kind} although its name has no extension; it was read as {read_as}.</translation>
    </message>
    <message>
        <source>an element with no number is numbered by its place in its standard</source>
        <translation>an element with no number is numbered by its place in its standard</translation>
    </message>
    <message>
        <source>the measurable element has no text.</source>
        <translation>the measurable element has no text.</translation>
    </message>
    <message>
        <source>this measurable element has no standard above it or on its row.</source>
        <translation>this measurable element has no standard above it or on its row.</translation>
    </message>
    <message>
        <source>duplicate measurable element {code} (first on row {first}).</source>
        <translation>duplicate measurable element {code} (first on row {first}).</translation>
    </message>
    <message>
        <source>chapter {code} has a different title than on row {first} (&apos;{title}&apos;).</source>
        <translation>chapter {code} has a different title than on row {first} (&apos;{title}&apos;).</translation>
    </message>
    <message>
        <source>standard {code} has no chapter above it or on its row.</source>
        <translation>standard {code} has no chapter above it or on its row.</translation>
    </message>
    <message>
        <source>standard {code} is under chapter {chapter} here but under {first_chapter} on row {first}; standard codes must be unique.</source>
        <translation>standard {code} is under chapter {chapter} here but under {first_chapter} on row {first}; standard codes must be unique.</translation>
    </message>
    <message>
        <source>standard {code} has a different text than on row {first}.</source>
        <translation>standard {code} has a different text than on row {first}.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not COLUMN=FIELD (for example D=standard_code).</source>
        <translation>&apos;{item}&apos; is not COLUMN=FIELD (for example D=standard_code).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field; the fields are: {fields}.</source>
        <translation>&apos;{name}&apos; is not a field; the fields are: {fields}.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not COLUMN=TEXT (for example D=Requirement:).</source>
        <translation>&apos;{item}&apos; is not COLUMN=TEXT (for example D=Requirement:).</translation>
    </message>
    <message>
        <source>the --map fields mix the flat and the outline layout; use one of them.</source>
        <translation>the --map fields mix the flat and the outline layout; use one of them.</translation>
    </message>
    <message>
        <source>no header row was found in the first {rows} rows with the headers named in --map ({named}); expected column headers such as &apos;{first}&apos; and &apos;{second}&apos;. Name the columns with --map COLUMN=FIELD if the headers differ.</source>
        <translation>no header row was found in the first {rows} rows with the headers named in --map ({named}); expected column headers such as &apos;{first}&apos; and &apos;{second}&apos;. Name the columns with --map COLUMN=FIELD if the headers differ.</translation>
    </message>
    <message>
        <source>no header row was found in the first {rows} rows; expected column headers such as &apos;{first}&apos; and &apos;{second}&apos;. Name the columns with --map COLUMN=FIELD if the headers differ.</source>
        <translation>no header row was found in the first {rows} rows; expected column headers such as &apos;{first}&apos; and &apos;{second}&apos;. Name the columns with --map COLUMN=FIELD if the headers differ.</translation>
    </message>
    <message>
        <source>no column for &apos;{field}&apos; in the header row; expected a header such as {examples}, or name the column with --map COLUMN={name}.</source>
        <translation>no column for &apos;{field}&apos; in the header row; expected a header such as {examples}, or name the column with --map COLUMN={name}.</translation>
    </message>
    <message>
        <source>a chapter with no code is numbered by its place among the chapters</source>
        <translation>a chapter with no code is numbered by its place among the chapters</translation>
    </message>
    <message>
        <source>a standard with no code takes its chapter&apos;s code and its place in the chapter</source>
        <translation>a standard with no code takes its chapter&apos;s code and its place in the chapter</translation>
    </message>
    <message>
        <source>an element with no code takes its standard&apos;s code, “ME” and its place in it</source>
        <translation>an element with no code takes its standard&apos;s code, “ME” and its place in it</translation>
    </message>
    <message>
        <source>duplicate code {code} (first on row {first}).</source>
        <translation>duplicate code {code} (first on row {first}).</translation>
    </message>
    <message>
        <source>the first row of the outline needs a code.</source>
        <translation>the first row of the outline needs a code.</translation>
    </message>
    <message>
        <source>expected yes/no (or x / empty), found &apos;{text}&apos;.</source>
        <translation>expected yes/no (or x / empty), found &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>expected a level of 1 or more, found &apos;{text}&apos;.</source>
        <translation>expected a level of 1 or more, found &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>level {depth} follows level {above}; expected at most {deepest}.</source>
        <translation>level {depth} follows level {above}; expected at most {deepest}.</translation>
    </message>
    <message>
        <source>level {depth} is deeper than the {most} levels read.</source>
        <translation>level {depth} is deeper than the {most} levels read.</translation>
    </message>
    <message>
        <source>the chapter has nothing assessable, so its text is not imported.</source>
        <translation>the chapter has nothing assessable, so its text is not imported.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>the row has no code, so it is cited as {code}: {rule}.</source>
        <translation>the row has no code, so it is cited as {code}: {rule}.</translation>
    </message>
    <message>
        <source>expected a number of 0 or more, found &apos;{text}&apos;.</source>
        <translation>expected a number of 0 or more, found &apos;{text}&apos;.</translation>
    </message>
    <message>
        <source>column {column} is not imported; to keep it with each element, read it as “Kept as an attribute” (on the command line: --map {letter}=attribute).</source>
        <translation>column {column} is not imported; to keep it with each element, read it as “Kept as an attribute” (on the command line: --map {letter}=attribute).</translation>
    </message>
    <message>
        <source>{count:,} codes in all were made so: {rule}.</source>
        <translation>{count:,} codes in all were made so: {rule}.</translation>
    </message>
    <message>
        <source>all {count:,} cells of this column start with “{prefix}”; remove it with --strip-prefix &quot;{letter}={prefix}&quot;.</source>
        <translation>all {count:,} cells of this column start with “{prefix}”; remove it with --strip-prefix &quot;{letter}={prefix}&quot;.</translation>
    </message>
    <message>
        <source>no measurable elements were found below the header row {row}.</source>
        <translation>no measurable elements were found below the header row {row}.</translation>
    </message>
    <message>
        <source>The sheet has 1 merged cell range (first {span}); each was read as if its value filled every cell.</source>
        <translation>The sheet has 1 merged cell range (first {span}); each was read as if its value filled every cell.</translation>
    </message>
    <message>
        <source>The sheet has merged cell ranges ({count:,} in all, first {span}); each was read as if its value filled every cell.</source>
        <translation>The sheet has merged cell ranges ({count:,} in all, first {span}); each was read as if its value filled every cell.</translation>
    </message>
    <message>
        <source>The cell text is {length:,} characters long; Excel allows at most {limit:,}, so the file is damaged or was not made by a spreadsheet program.</source>
        <translation>The cell text is {length:,} characters long; Excel allows at most {limit:,}, so the file is damaged or was not made by a spreadsheet program.</translation>
    </message>
    <message>
        <source>The file has no sheet named &apos;{name}&apos;; its sheets are: {listed}.</source>
        <translation>The file has no sheet named &apos;{name}&apos;; its sheets are: {listed}.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>The sheet is empty.</translation>
    </message>
    <message>
        <source>The file has no data in any sheet.</source>
        <translation>The file has no data in any sheet.</translation>
    </message>
    <message>
        <source>a Microsoft Office file of another kind (such as a Word .doc)</source>
        <translation>a Microsoft Office file of another kind (such as a Word .doc)</translation>
    </message>
    <message>
        <source>a part cannot be unpacked: {error}</source>
        <translation>a part cannot be unpacked: {error}</translation>
    </message>
    <message>
        <source>The cell has a formula with no saved value; open the file in Excel or LibreOffice, save it, and import again.</source>
        <translation>The cell has a formula with no saved value; open the file in Excel or LibreOffice, save it, and import again.</translation>
    </message>
    <message>
        <source>{count:,} more cells have formulas with no saved value.</source>
        <translation>{count:,} more cells have formulas with no saved value.</translation>
    </message>
    <message>
        <source>The sheet has 1 formula cell; its saved value was used (at {first}).</source>
        <translation>The sheet has 1 formula cell; its saved value was used (at {first}).</translation>
    </message>
    <message>
        <source>The sheet has formula cells ({count:,} in all); their saved values were used (first at {first}).</source>
        <translation>The sheet has formula cells ({count:,} in all); their saved values were used (first at {first}).</translation>
    </message>
    <message>
        <source>The program that wrote the file asked for them to be recalculated, so they may be out of date; open and save the file in Excel to be sure.</source>
        <translation>The program that wrote the file asked for them to be recalculated, so they may be out of date; open and save the file in Excel to be sure.</translation>
    </message>
    <message>
        <source>none of the sheets has the header row of a standards list in its first {rows} rows; its sheets are: {sheets}. Name the sheet to read with --sheet NAME.</source>
        <translation>none of the sheets has the header row of a standards list in its first {rows} rows; its sheets are: {sheets}. Name the sheet to read with --sheet NAME.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” is read: its row {row} has the headers of a standards list ({headers}); the other sheets ({others}) have none that fit as well.</source>
        <translation>Sheet “{sheet}” is read: its row {row} has the headers of a standards list ({headers}); the other sheets ({others}) have none that fit as well.</translation>
    </message>
    <message>
        <source>The file is larger than {limit}, the most a standards library may have; it was refused for safety.</source>
        <translation>The file is larger than {limit}, the most a standards library may have; it was refused for safety.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>line {line}, column {column}</translation>
    </message>
    <message>
        <source>The file is not valid YAML ({where}: {problem}).</source>
        <translation>The file is not valid YAML ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The file is not valid YAML ({problem}).</source>
        <translation>The file is not valid YAML ({problem}).</translation>
    </message>
    <message>
        <source>The file has a YAML alias that contains itself, which a standards library never needs; it was refused for safety.</source>
        <translation>The file has a YAML alias that contains itself, which a standards library never needs; it was refused for safety.</translation>
    </message>
    <message>
        <source>The file uses YAML aliases (*name) {count:,} times, growing from {items:,} to {expanded:,} items; a standards library needs at most {limit} and must not grow. It was refused for safety.</source>
        <translation>The file uses YAML aliases (*name) {count:,} times, growing from {items:,} to {expanded:,} items; a standards library needs at most {limit} and must not grow. It was refused for safety.</translation>
    </message>
    <message>
        <source>requirement node {number} is not a mapping of keys.</source>
        <translation>requirement node {number} is not a mapping of keys.</translation>
    </message>
    <message>
        <source>the parent_urn chain of {urn} comes back to itself.</source>
        <translation>the parent_urn chain of {urn} comes back to itself.</translation>
    </message>
    <message>
        <source>parent_urn {urn} is not the urn of another requirement node.</source>
        <translation>parent_urn {urn} is not the urn of another requirement node.</translation>
    </message>
    <message>
        <source>The file is YAML but not a framework library: it has no objects → framework → requirement_nodes list.</source>
        <translation>The file is YAML but not a framework library: it has no objects → framework → requirement_nodes list.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import standards…</source>
        <translation>&amp;Import standards…</translation>
    </message>
    <message>
        <source>&amp;Take back results from a report…</source>
        <translation>&amp;Take back results from a report…</translation>
    </message>
    <message>
        <source>Standards imported</source>
        <translation>Standards imported</translation>
    </message>
    <message>
        <source>The library “%1” is now in the project: %2, %3, %4.

Start an assessment against it now?</source>
        <translation>The library “%1” is now in the project: %2, %3, %4.

Start an assessment against it now?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chapter(s)</source>
        <translation>
            <numerusform>%Ln chapter</numerusform>
            <numerusform>%Ln chapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln standard(s)</source>
        <translation>
            <numerusform>%Ln standard</numerusform>
            <numerusform>%Ln standards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measurable element(s)</source>
        <translation>
            <numerusform>%Ln measurable element</numerusform>
            <numerusform>%Ln measurable elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import standards — %s</source>
        <translation>Import standards — %s</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Flat: one row per measurable element</source>
        <translation>Flat: one row per measurable element</translation>
    </message>
    <message>
        <source>Outline: chapters, standards and elements by level</source>
        <translation>Outline: chapters, standards and elements by level</translation>
    </message>
    <message>
        <source>for example 8th edition</source>
        <translation>for example 8th edition</translation>
    </message>
    <message>
        <source>for example Joint Commission Intl.</source>
        <translation>for example Joint Commission Intl.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Library &amp;name:</source>
        <translation>Library &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Edition:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Publisher:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Read the whole file and list anything wrong in it</source>
        <translation>Read the whole file and list anything wrong in it</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Add the checked standards to the project</source>
        <translation>Add the checked standards to the project</translation>
    </message>
    <message>
        <source>Reading %s</source>
        <translation>Reading %s</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <source>Reading the sheet was cancelled.</source>
        <translation>Reading the sheet was cancelled.</translation>
    </message>
    <message>
        <source>This sheet cannot be read; nothing was imported. Choose another sheet.</source>
        <translation>This sheet cannot be read; nothing was imported. Choose another sheet.</translation>
    </message>
    <message>
        <source>This file cannot be read; nothing was imported. Fix the file, or choose another one.</source>
        <translation>This file cannot be read; nothing was imported. Fix the file, or choose another one.</translation>
    </message>
    <message>
        <source>No header row was found in the first %s rows of this sheet; nothing was imported. Choose another sheet, or add a row of column headers to the file.</source>
        <translation>No header row was found in the first %s rows of this sheet; nothing was imported. Choose another sheet, or add a row of column headers to the file.</translation>
    </message>
    <message>
        <source>Checking %s</source>
        <translation>Checking %s</translation>
    </message>
    <message>
        <source>Checking the file failed</source>
        <translation>Checking the file failed</translation>
    </message>
    <message>
        <source>Checking was cancelled; nothing was imported.</source>
        <translation>Checking was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported. To import the file beside the library of the same name, give it another name, or import it again as a new edition.</source>
        <translation>Nothing was imported. To import the file beside the library of the same name, give it another name, or import it again as a new edition.</translation>
    </message>
    <message>
        <source>Importing %s</source>
        <translation>Importing %s</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>The import failed</translation>
    </message>
    <message>
        <source>The import was cancelled; the project has not been changed.</source>
        <translation>The import was cancelled; the project has not been changed.</translation>
    </message>
    <message>
        <source>New edition?</source>
        <translation>New edition?</translation>
    </message>
    <message>
        <source>The new edition is kept beside the earlier one, under the edition typed above (or today&apos;s date); assessments of the earlier edition stay as they are.</source>
        <translation>The new edition is kept beside the earlier one, under the edition typed above (or today&apos;s date); assessments of the earlier edition stay as they are.</translation>
    </message>
    <message>
        <source>&amp;Keep as new edition</source>
        <translation>&amp;Keep as new edition</translation>
    </message>
    <message>
        <source>Click Check to read the whole file with these columns.</source>
        <translation>Click Check to read the whole file with these columns.</translation>
    </message>
    <message>
        <source>Opening %s</source>
        <translation>Opening %s</translation>
    </message>
    <message>
        <source>The project has not been changed. Details are in the log file %s.</source>
        <translation>The project has not been changed. Details are in the log file %s.</translation>
    </message>
    <message>
        <source>Import standards</source>
        <translation>Import standards</translation>
    </message>
    <message>
        <source>Spreadsheets and library files (%s);;All files (*)</source>
        <translation>Spreadsheets and library files (%s);;All files (*)</translation>
    </message>
</context>
<context>
    <name>InsightActions</name>
    <message>
        <source>E&amp;xport audit report…</source>
        <translation>E&amp;xport audit report…</translation>
    </message>
    <message>
        <source>Export audit report with the audit &amp;trail…</source>
        <translation>Export audit report with the audit &amp;trail…</translation>
    </message>
    <message>
        <source>Export elements as &amp;CSV…</source>
        <translation>Export elements as &amp;CSV…</translation>
    </message>
    <message>
        <source>Action &amp;plan lists elements not yet assessed</source>
        <translation>Action &amp;plan lists elements not yet assessed</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Audit &amp;trail…</translation>
    </message>
    <message>
        <source>&amp;Compare assessments…</source>
        <translation>&amp;Compare assessments…</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>every chunk is missing ({size:,} bytes expected)</source>
        <translation>every chunk is missing ({size:,} bytes expected)</translation>
    </message>
    <message>
        <source>{missing} of {chunks} chunks missing (numbers {numbers})</source>
        <translation>{missing} of {chunks} chunks missing (numbers {numbers})</translation>
    </message>
    <message>
        <source>size mismatch: only {stored:,} of {size:,} bytes stored (missing at the end)</source>
        <translation>size mismatch: only {stored:,} of {size:,} bytes stored (missing at the end)</translation>
    </message>
    <message>
        <source>size mismatch: {stored:,} bytes stored where {size:,} were expected</source>
        <translation>size mismatch: {stored:,} bytes stored where {size:,} were expected</translation>
    </message>
    <message>
        <source>hash mismatch: the stored bytes are not the file that was attached</source>
        <translation>hash mismatch: the stored bytes are not the file that was attached</translation>
    </message>
    <message>
        <source>Every evidence file was re-read and compared with its SHA-256. The database&apos;s own structure is kept by its server and is not checked here; its administrator checks it with the server&apos;s tools.</source>
        <translation>Every evidence file was re-read and compared with its SHA-256. The database&apos;s own structure is kept by its server and is not checked here; its administrator checks it with the server&apos;s tools.</translation>
    </message>
    <message>
        <source>{backup} is not an Accredit Tracker project; choose a backup of {name}.</source>
        <translation>{backup} is not an Accredit Tracker project; choose a backup of {name}.</translation>
    </message>
    <message>
        <source>{backup} is the damaged project itself; choose one of its backups.</source>
        <translation>{backup} is the damaged project itself; choose one of its backups.</translation>
    </message>
    <message>
        <source>Cannot restore {backup} to {path}: {reason}.</source>
        <translation>Cannot restore {backup} to {path}: {reason}.</translation>
    </message>
    <message>
        <source>{project} is shared on a database server, and this backup copies project files only. Back it up with the server&apos;s own tools (e.g. pg_dump), or copy it into a project file.</source>
        <translation>{project} is shared on a database server, and this backup copies project files only. Back it up with the server&apos;s own tools (e.g. pg_dump), or copy it into a project file.</translation>
    </message>
    <message>
        <source>Cannot write the backup {target}: {reason}.</source>
        <translation>Cannot write the backup {target}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot back up to {target}: the folder {folder} does not exist.</source>
        <translation>Cannot back up to {target}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>{target} is the open project itself; choose another name for the backup.</source>
        <translation>{target} is the open project itself; choose another name for the backup.</translation>
    </message>
    <message>
        <source>{target} seems to be open in another program (it has a -wal or -shm file beside it); close it there or choose another name.</source>
        <translation>{target} seems to be open in another program (it has a -wal or -shm file beside it); close it there or choose another name.</translation>
    </message>
    <message>
        <source>{target} exists and is not an Accredit Tracker project; it is left alone. Choose a new name (ending in {suffix}).</source>
        <translation>{target} exists and is not an Accredit Tracker project; it is left alone. Choose a new name (ending in {suffix}).</translation>
    </message>
    <message>
        <source>{target} holds a different project, not an earlier backup of {project}; it was left alone.</source>
        <translation>{target} holds a different project, not an earlier backup of {project}; it was left alone.</translation>
    </message>
</context>
<context>
    <name>Libraries</name>
    <message>
        <source>This list is already in the project as &apos;{library}&apos;, with the same chapters, standards and measurable elements; nothing was imported.</source>
        <translation>This list is already in the project as &apos;{library}&apos;, with the same chapters, standards and measurable elements; nothing was imported.</translation>
    </message>
    <message>
        <source>The project already has a library named &apos;{name}&apos; with different content. Import this list as a new edition beside it?</source>
        <translation>The project already has a library named &apos;{name}&apos; with different content. Import this list as a new edition beside it?</translation>
    </message>
    <message>
        <source>{name} (edition {edition})</source>
        <translation>{name} (edition {edition})</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>no element</source>
        <translation>no element</translation>
    </message>
    <message>
        <source> and %s more</source>
        <translation> and %s more</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <source>Section: %s</source>
        <translation>Section: %s</translation>
    </message>
    <message>
        <source>Guidance: %s</source>
        <translation>Guidance: %s</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>E&amp;vidence</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> Assessment: </translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
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
        <translation>This project has a standards library but no assessment yet.

Use Assessment → New assessment to start one.</translation>
    </message>
    <message>
        <source>This project has no standards library yet.

Use File → Import standards to read one from a spreadsheet.</source>
        <translation>This project has no standards library yet.

Use File → Import standards to read one from a spreadsheet.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Tracers</source>
        <translation>Tracers</translation>
    </message>
    <message>
        <source>Move through the elements</source>
        <translation>Move through the elements</translation>
    </message>
    <message>
        <source>Select several elements</source>
        <translation>Select several elements</translation>
    </message>
    <message>
        <source>Delete the chosen tracer, finding or action (Tracers tab)</source>
        <translation>Delete the chosen tracer, finding or action (Tracers tab)</translation>
    </message>
    <message>
        <source>The result keys work when the element table has the focus; they apply to every selected element.</source>
        <translation>The result keys work when the element table has the focus; they apply to every selected element.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>MappedTreeBox</name>
    <message>
        <source>What will be imported</source>
        <translation>What will be imported</translation>
    </message>
    <message>
        <source>The outline is mapped so: a top-level row is a chapter; every assessable row is a measurable element; an element belongs to the nearest row above it that is not assessable (its standard), and an assessable row right under a chapter is a standard with itself as its first element; the headings between a standard and an element are the element&apos;s section; rows with nothing assessable under them are guidance of the row above. Codes made for rows with none are listed under Check.</source>
        <translation>The outline is mapped so: a top-level row is a chapter; every assessable row is a measurable element; an element belongs to the nearest row above it that is not assessable (its standard), and an assessable row right under a chapter is a standard with itself as its first element; the headings between a standard and an element are the element&apos;s section; rows with nothing assessable under them are guidance of the row above. Codes made for rows with none are listed under Check.</translation>
    </message>
    <message>
        <source>Remove “%s” from the start of every cell of column %s</source>
        <translation>Remove “%s” from the start of every cell of column %s</translation>
    </message>
</context>
<context>
    <name>MappingView</name>
    <message>
        <source>Mappings between libraries</source>
        <translation>Mappings between libraries</translation>
    </message>
    <message>
        <source>&amp;New mapping…</source>
        <translation>&amp;New mapping…</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Mapping:</translation>
    </message>
    <message>
        <source>Only &amp;unmapped elements</source>
        <translation>Only &amp;unmapped elements</translation>
    </message>
    <message>
        <source>Show only the elements that no source element bears on, and the source elements that bear on nothing</source>
        <translation>Show only the elements that no source element bears on, and the source elements that bear on nothing</translation>
    </message>
    <message>
        <source>&amp;Export coverage…</source>
        <translation>&amp;Export coverage…</translation>
    </message>
    <message>
        <source>Write a workbook: each target element with the source elements bearing on it and their results, and the elements unmapped in each library</source>
        <translation>Write a workbook: each target element with the source elements bearing on it and their results, and the elements unmapped in each library</translation>
    </message>
    <message>
        <source>Results of:</source>
        <translation>Results of:</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Mapped to</translation>
    </message>
    <message>
        <source>Mapped from</source>
        <translation>Mapped from</translation>
    </message>
    <message>
        <source>Source elements and their results</source>
        <translation>Source elements and their results</translation>
    </message>
    <message>
        <source>Worst / best result</source>
        <translation>Worst / best result</translation>
    </message>
    <message>
        <source>Target element</source>
        <translation>Target element</translation>
    </message>
    <message>
        <source>Source element</source>
        <translation>Source element</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>&amp;Accept selected</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Accept a&amp;ll</translation>
    </message>
    <message>
        <source>%s: %s → %s</source>
        <translation>%s: %s → %s</translation>
    </message>
    <message>
        <source>No mapping yet: start one with New mapping.</source>
        <translation>No mapping yet: start one with New mapping.</translation>
    </message>
    <message>
        <source>&lt;b&gt;From %s&lt;/b&gt; — %s elements, %s not mapped</source>
        <translation>&lt;b&gt;From %s&lt;/b&gt; — %s elements, %s not mapped</translation>
    </message>
    <message>
        <source>&lt;b&gt;To %s&lt;/b&gt; — %s elements, %s not mapped</source>
        <translation>&lt;b&gt;To %s&lt;/b&gt; — %s elements, %s not mapped</translation>
    </message>
    <message>
        <source>same code</source>
        <translation>same code</translation>
    </message>
    <message>
        <source>similar text</source>
        <translation>similar text</translation>
    </message>
    <message>
        <source>Suggestions for the target elements not mapped yet: %s</source>
        <translation>Suggestions for the target elements not mapped yet: %s</translation>
    </message>
    <message>
        <source>No assessment of the source library yet</source>
        <translation>No assessment of the source library yet</translation>
    </message>
    <message>
        <source>%s of %s target elements have no source element bearing on them; %s source elements bear on nothing.</source>
        <translation>%s of %s target elements have no source element bearing on them; %s source elements bear on nothing.</translation>
    </message>
    <message>
        <source>coverage</source>
        <comment>in a file name</comment>
        <translation>coverage</translation>
    </message>
    <message>
        <source>Export coverage</source>
        <translation>Export coverage</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>Writing %s</translation>
    </message>
    <message>
        <source>Coverage not written</source>
        <translation>Coverage not written</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written or changed.</source>
        <translation>Cancelled; %s was not written or changed.</translation>
    </message>
    <message>
        <source>Wrote %s.</source>
        <translation>Wrote %s.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
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
        <translation>Assessment &apos;{assessment}&apos; is not of the library mapping &apos;{mapping}&apos; leads to.</translation>
    </message>
    <message>
        <source>Values can be carried only into an assessment in which nothing has been recorded yet; &apos;{assessment}&apos; holds results, notes, evidence or carried values already.</source>
        <translation>Values can be carried only into an assessment in which nothing has been recorded yet; &apos;{assessment}&apos; holds results, notes, evidence or carried values already.</translation>
    </message>
    <message>
        <source>There is no mapping with id {id}.</source>
        <translation>There is no mapping with id {id}.</translation>
    </message>
    <message>
        <source>Assessment &apos;{assessment}&apos; is not of the library mapping &apos;{mapping}&apos; starts from.</source>
        <translation>Assessment &apos;{assessment}&apos; is not of the library mapping &apos;{mapping}&apos; starts from.</translation>
    </message>
    <message>
        <source>There is no suggestion with id {id}.</source>
        <translation>There is no suggestion with id {id}.</translation>
    </message>
    <message>
        <source>This suggestion has been decided already.</source>
        <translation>This suggestion has been decided already.</translation>
    </message>
    <message>
        <source>There is no standards library with id {id}.</source>
        <translation>There is no standards library with id {id}.</translation>
    </message>
    <message>
        <source>A mapping needs a name.</source>
        <translation>A mapping needs a name.</translation>
    </message>
    <message>
        <source>A mapping goes from one library to another, not to itself.</source>
        <translation>A mapping goes from one library to another, not to itself.</translation>
    </message>
    <message>
        <source>There is already a mapping named &apos;{name}&apos;.</source>
        <translation>There is already a mapping named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>There is no mapping named &apos;{name}&apos;.</source>
        <translation>There is no mapping named &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>{source} is mapped to {target} twice.</source>
        <translation>{source} is mapped to {target} twice.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an element or standard of the source library.</source>
        <translation>&apos;{code}&apos; is not an element or standard of the source library.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an element or standard of the target library.</source>
        <translation>&apos;{code}&apos; is not an element or standard of the target library.</translation>
    </message>
    <message>
        <source>{source} → {target} is mapped already on row {row}.</source>
        <translation>{source} → {target} is mapped already on row {row}.</translation>
    </message>
    <message>
        <source>The source code is empty.</source>
        <translation>The source code is empty.</translation>
    </message>
    <message>
        <source>The target code is empty.</source>
        <translation>The target code is empty.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a relationship; use equal, subset, superset, intersect or not related.</source>
        <translation>&apos;{word}&apos; is not a relationship; use equal, subset, superset, intersect or not related.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a strength from 0 to 10.</source>
        <translation>&apos;{text}&apos; is not a strength from 0 to 10.</translation>
    </message>
    <message>
        <source>The file has no mapping rows.</source>
        <translation>The file has no mapping rows.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB, too large for a mapping.</source>
        <translation>The file is larger than {limit} MB, too large for a mapping.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The file uses YAML aliases (*name), which a mapping does not need; it is refused, as aliases can expand without end.</source>
        <translation>The file uses YAML aliases (*name), which a mapping does not need; it is refused, as aliases can expand without end.</translation>
    </message>
    <message>
        <source>The file is not valid YAML: {reason}</source>
        <translation>The file is not valid YAML: {reason}</translation>
    </message>
    <message>
        <source>The file holds no requirement_mapping_set with requirement_mappings.</source>
        <translation>The file holds no requirement_mapping_set with requirement_mappings.</translation>
    </message>
</context>
<context>
    <name>MyWorkDialog</name>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Save as calendar (.ics)…</source>
        <translation>Save as calendar (.ics)…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>Evidence review</source>
        <translation>Evidence review</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Save the due dates as a calendar</source>
        <translation>Save the due dates as a calendar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation>Calendar not saved</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>e.g. Mock survey, spring 2027</source>
        <translation>e.g. Mock survey, spring 2027</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Mock survey</source>
        <translation>Mock survey</translation>
    </message>
    <message>
        <source>Official survey</source>
        <translation>Official survey</translation>
    </message>
    <message>
        <source>Follow-up survey</source>
        <translation>Follow-up survey</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Blank: every element not assessed</source>
        <translation>Blank: every element not assessed</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln element(s))</source>
        <translation>
            <numerusform>%1 (%Ln element)</numerusform>
            <numerusform>%1 (%Ln elements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Results of “%s”</source>
        <translation>Results of “%s”</translation>
    </message>
    <message>
        <source>“%s” on another library, through the mapping “%s”</source>
        <translation>“%s” on another library, through the mapping “%s”</translation>
    </message>
    <message>
        <source>and their evidence links</source>
        <translation>and their evidence links</translation>
    </message>
    <message>
        <source>Link each element to the evidence files it has in the earlier assessment</source>
        <translation>Link each element to the evidence files it has in the earlier assessment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Survey starts</source>
        <translation>Survey starts</translation>
    </message>
    <message>
        <source>Survey ends</source>
        <translation>Survey ends</translation>
    </message>
    <message>
        <source>Standards library</source>
        <translation>Standards library</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Start from</translation>
    </message>
    <message>
        <source>Import a standards library first.</source>
        <translation>Import a standards library first.</translation>
    </message>
    <message>
        <source>The survey cannot end (%s) before it starts (%s).</source>
        <translation>The survey cannot end (%s) before it starts (%s).</translation>
    </message>
</context>
<context>
    <name>NewMappingDialog</name>
    <message>
        <source>New mapping</source>
        <translation>New mapping</translation>
    </message>
    <message>
        <source>none: start empty and build it in the view</source>
        <translation>none: start empty and build it in the view</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From library</source>
        <translation>From library</translation>
    </message>
    <message>
        <source>To library</source>
        <translation>To library</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Import from</translation>
    </message>
    <message>
        <source>Import a mapping</source>
        <translation>Import a mapping</translation>
    </message>
    <message>
        <source>Mapping files (*.xlsx *.xlsm *.xls *.ods *.csv *.yaml *.yml)</source>
        <translation>Mapping files (*.xlsx *.xlsm *.xls *.ods *.csv *.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{whole}.{fraction}</source>
        <translation>{whole}.{fraction}</translation>
    </message>
</context>
<context>
    <name>OpenProblemBox</name>
    <message>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <source>Open another project…</source>
        <translation>Open another project…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of %s found it damaged:</source>
        <translation>SQLite&apos;s check of %s found it damaged:</translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation>Damaged project</translation>
    </message>
    <message>
        <source>Restore it from a backup (Restore from a backup…).</source>
        <translation>Restore it from a backup (Restore from a backup…).</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of %s found its structure sound; the problem is the one reported when opening it.</source>
        <translation>SQLite&apos;s check of %s found its structure sound; the problem is the one reported when opening it.</translation>
    </message>
    <message>
        <source>Restore %s from a backup</source>
        <translation>Restore %s from a backup</translation>
    </message>
    <message>
        <source>Backups (*.bak *%s);;All files (*)</source>
        <translation>Backups (*.bak *%s);;All files (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Put a copy of %1 in the place of %2? The file there now is kept beside it, renamed to %2.damaged- and the date and time.</source>
        <translation>Put a copy of %1 in the place of %2? The file there now is kept beside it, renamed to %2.damaged- and the date and time.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Export improvement plan</source>
        <translation>Export improvement plan</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>Writing %s</translation>
    </message>
    <message>
        <source>Improvement plan not written</source>
        <translation>Improvement plan not written</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written or changed.</source>
        <translation>Cancelled; %s was not written or changed.</translation>
    </message>
    <message>
        <source>Wrote %s.

Open it now?</source>
        <translation>Wrote %s.

Open it now?</translation>
    </message>
</context>
<context>
    <name>PreferenceActions</name>
    <message>
        <source>Project &amp;details…</source>
        <translation>Project &amp;details…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language (%s)</source>
        <translation>System language (%s)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Evidence is stored inside the project file, so very large files (videos) make the project slow to back up and to share.</source>
        <translation>Evidence is stored inside the project file, so very large files (videos) make the project slow to back up and to share.</translation>
    </message>
    <message>
        <source>Ask for a description and review date when attaching files</source>
        <translation>Ask for a description and review date when attaching files</translation>
    </message>
    <message>
        <source>The answers are remembered for each type of file and offered next time.</source>
        <translation>The answers are remembered for each type of file and offered next time.</translation>
    </message>
    <message>
        <source>Recorded as who made each change. On a shared workstation, type your own name; leave it empty to use the computer&apos;s account name.</source>
        <translation>Recorded as who made each change. On a shared workstation, type your own name; leave it empty to use the computer&apos;s account name.</translation>
    </message>
    <message>
        <source>Write reports and exports in English (sheet names, headers, results)</source>
        <translation>Write reports and exports in English (sheet names, headers, results)</translation>
    </message>
    <message>
        <source>For surveyors who read English. Otherwise they are written in the language of this window. Either can be taken back into the checklist.</source>
        <translation>For surveyors who read English. Otherwise they are written in the language of this window. Either can be taken back into the checklist.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>As Excel expects in this language (%s)</source>
        <translation>As Excel expects in this language (%s)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;), with a decimal comma</source>
        <translation>Semicolon (;), with a decimal comma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Excel opens a CSV file as columns only when its fields are separated the way the computer&apos;s regional settings say: a comma in English, a semicolon where the decimal separator is a comma (Russian, Uzbek).</source>
        <translation>Excel opens a CSV file as columns only when its fields are separated the way the computer&apos;s regional settings say: a comma in English, a semicolon where the decimal separator is a comma (Russian, Uzbek).</translation>
    </message>
    <message>
        <source>Largest evidence file</source>
        <translation>Largest evidence file</translation>
    </message>
    <message>
        <source>Your name in the audit trail</source>
        <translation>Your name in the audit trail</translation>
    </message>
    <message>
        <source>Separator in CSV files</source>
        <translation>Separator in CSV files</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>sheet &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>… and {count:,} more not listed.</source>
        <translation>… and {count:,} more not listed.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Scoring profile</source>
        <translation>Scoring profile</translation>
    </message>
    <message>
        <source>Score “%s” under:</source>
        <translation>Score “%s” under:</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>Load from file…</translation>
    </message>
    <message>
        <source>This assessment is locked; unlock it to change its scoring.</source>
        <translation>This assessment is locked; unlock it to change its scoring.</translation>
    </message>
    <message>
        <source>Load a scoring profile</source>
        <translation>Load a scoring profile</translation>
    </message>
    <message>
        <source>Scoring profiles (*.json);;All files (*)</source>
        <translation>Scoring profiles (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a profile.</source>
        <translation>Choose a profile.</translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Percentage bands</source>
        <translation>Percentage bands</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>{rules}; judged once {percent} % of applicable elements are assessed</source>
        <translation>{rules}; judged once {percent} % of applicable elements are assessed</translation>
    </message>
    <message>
        <source>standard ≥ {value}</source>
        <translation>standard ≥ {value}</translation>
    </message>
    <message>
        <source>chapter ≥ {value}</source>
        <translation>chapter ≥ {value}</translation>
    </message>
    <message>
        <source>overall ≥ {value}</source>
        <translation>overall ≥ {value}</translation>
    </message>
    <message>
        <source>points {fully_met} / {partially_met} / {not_met}</source>
        <translation>points {fully_met} / {partially_met} / {not_met}</translation>
    </message>
    <message>
        <source>no thresholds</source>
        <translation>no thresholds</translation>
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
        <translation>{bands}; below: {label}</translation>
    </message>
    <message>
        <source>{file}: too large to be a scoring profile.</source>
        <translation>{file}: too large to be a scoring profile.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: the file does not exist.</translation>
    </message>
    <message>
        <source>{file}: not a JSON text file (it is not UTF-8).</source>
        <translation>{file}: not a JSON text file (it is not UTF-8).</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file}: not valid JSON (line {line}, column {column}: {reason}).</source>
        <translation>{file}: not valid JSON (line {line}, column {column}: {reason}).</translation>
    </message>
    <message>
        <source>{file}: {problem}.</source>
        <translation>{file}: {problem}.</translation>
    </message>
    <message>
        <source>The project already has a different scoring profile with the key &apos;{key}&apos; (&quot;{name}&quot;). Give the new profile another key, e.g. &apos;{free_key}&apos;, and load it again.</source>
        <translation>The project already has a different scoring profile with the key &apos;{key}&apos; (&quot;{name}&quot;). Give the new profile another key, e.g. &apos;{free_key}&apos;, and load it again.</translation>
    </message>
    <message>
        <source>scoring profile: expected an object, got {value}</source>
        <translation>scoring profile: expected an object, got {value}</translation>
    </message>
    <message>
        <source>scoring profile</source>
        <translation>scoring profile</translation>
    </message>
    <message>
        <source>{where}: unknown kind {kind} (expected &apos;points&apos; or &apos;percentage&apos;)</source>
        <translation>{where}: unknown kind {kind} (expected &apos;points&apos; or &apos;percentage&apos;)</translation>
    </message>
    <message>
        <source>{where}: &apos;bands&apos; must be a non-empty list, got {value}</source>
        <translation>{where}: &apos;bands&apos; must be a non-empty list, got {value}</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be between 0 and 100, got {value}</source>
        <translation>{where}: &apos;{key}&apos; must be between 0 and 100, got {value}</translation>
    </message>
    <message>
        <source>{where}: bands must be in descending order of min_percent, but &apos;{key}&apos; ({value}) is not below &apos;{previous_key}&apos; ({previous_value})</source>
        <translation>{where}: bands must be in descending order of min_percent, but &apos;{key}&apos; ({value}) is not below &apos;{previous_key}&apos; ({previous_value})</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be between 0 and 1, got {value}</source>
        <translation>{where}: &apos;{key}&apos; must be between 0 and 1, got {value}</translation>
    </message>
    <message>
        <source>scoring profile &apos;{key}&apos;</source>
        <translation>scoring profile &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{where}: missing key &apos;{key}&apos;</source>
        <translation>{where}: missing key &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{where}: unknown key &apos;{key}&apos;</source>
        <translation>{where}: unknown key &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be non-empty text, got {value}</source>
        <translation>{where}: &apos;{key}&apos; must be non-empty text, got {value}</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be an object, got {value}</source>
        <translation>{where}: &apos;{key}&apos; must be an object, got {value}</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a number, got {value}</source>
        <translation>{where}: &apos;{key}&apos; must be a number, got {value}</translation>
    </message>
    <message>
        <source>{where}: &apos;{key}&apos; must be a number or null, got {value}</source>
        <translation>{where}: &apos;{key}&apos; must be a number or null, got {value}</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>Run “accredit verify {path}” to see what is damaged, and restore it from your latest backup (none was found beside it).</source>
        <translation>Run “accredit verify {path}” to see what is damaged, and restore it from your latest backup (none was found beside it).</translation>
    </message>
    <message>
        <source>Run “accredit verify {path}” to see what is damaged, and restore it from a backup; the newest beside it is {backup}.</source>
        <translation>Run “accredit verify {path}” to see what is damaged, and restore it from a backup; the newest beside it is {backup}.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}).</source>
        <translation>{path} is damaged ({reason}).</translation>
    </message>
    <message>
        <source>it is in the read-only folder {folder}</source>
        <translation>it is in the read-only folder {folder}</translation>
    </message>
    <message>
        <source>the file {name} is read-only</source>
        <translation>the file {name} is read-only</translation>
    </message>
    <message>
        <source>This project is read-only: {reason}. Save a copy to change it.</source>
        <translation>This project is read-only: {reason}. Save a copy to change it.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it instead.</source>
        <translation>{path} already exists; choose another name or open it instead.</translation>
    </message>
    <message>
        <source>Cannot create {name}: the folder {folder} does not exist.</source>
        <translation>Cannot create {name}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Cannot create {path}: {reason}.</translation>
    </message>
    <message>
        <source>SQLite may not write to it or beside it ({reason})</source>
        <translation>SQLite may not write to it or beside it ({reason})</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}, and its last changes are still in {wal} beside it. Make the project writable and open it once, or copy both files to a folder where you may write and open the copy.</source>
        <translation>{name} cannot be opened: {reason}, and its last changes are still in {wal} beside it. Make the project writable and open it once, or copy both files to a folder where you may write and open the copy.</translation>
    </message>
    <message>
        <source>{name} was saved by an earlier version of Accredit Tracker and must be updated, which cannot be done while {reason}. Copy it to a folder where you may write and open the copy.</source>
        <translation>{name} was saved by an earlier version of Accredit Tracker and must be updated, which cannot be done while {reason}. Copy it to a folder where you may write and open the copy.</translation>
    </message>
    <message>
        <source>an @ in the password must be written %40</source>
        <translation>an @ in the password must be written %40</translation>
    </message>
    <message>
        <source>{url} is not the address of a database Accredit Tracker can use ({reason}); a shared project&apos;s address looks like postgresql+psycopg://user@server:5432/database.</source>
        <translation>{url} is not the address of a database Accredit Tracker can use ({reason}); a shared project&apos;s address looks like postgresql+psycopg://user@server:5432/database.</translation>
    </message>
    <message>
        <source>{url} already holds a project; open it instead.</source>
        <translation>{url} already holds a project; open it instead.</translation>
    </message>
    <message>
        <source>{url} already holds other tables; a shared project needs an empty database (or schema) of its own.</source>
        <translation>{url} already holds other tables; a shared project needs an empty database (or schema) of its own.</translation>
    </message>
    <message>
        <source>{url}: your account has no role in this shared project; ask the project&apos;s administrator to grant you one.</source>
        <translation>{url}: your account has no role in this shared project; ask the project&apos;s administrator to grant you one.</translation>
    </message>
    <message>
        <source>{url}: the schema {schema} does not exist on the server; ask its administrator to create it, or check its name in the address.</source>
        <translation>{url}: the schema {schema} does not exist on the server; ask its administrator to create it, or check its name in the address.</translation>
    </message>
    <message>
        <source>{url} holds no Accredit Tracker project; create one there first (File → New project, or accredit create).</source>
        <translation>{url} holds no Accredit Tracker project; create one there first (File → New project, or accredit create).</translation>
    </message>
    <message>
        <source>Cannot open the shared project {url}: {reason}</source>
        <translation>Cannot open the shared project {url}: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an Accredit Tracker project file.</source>
        <translation>{path} is a folder, not an Accredit Tracker project file.</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} cannot be read: permission denied.</translation>
    </message>
    <message>
        <source>{name} is empty; it is not an Accredit Tracker project.</source>
        <translation>{name} is empty; it is not an Accredit Tracker project.</translation>
    </message>
    <message>
        <source>{name} is not an Accredit Tracker project (not a database file).</source>
        <translation>{name} is not an Accredit Tracker project (not a database file).</translation>
    </message>
    <message>
        <source>{name} is a database, but not an Accredit Tracker project; create a new project and import its data instead.</source>
        <translation>{name} is a database, but not an Accredit Tracker project; create a new project and import its data instead.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a project ({reason}).</source>
        <translation>{name} is damaged or not a project ({reason}).</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Accredit Tracker (schema {revision}); update Accredit Tracker to open it.</source>
        <translation>{name} was saved by a newer version of Accredit Tracker (schema {revision}); update Accredit Tracker to open it.</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}.</source>
        <translation>Cannot open {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is locked by another program that is writing to it; wait for it to finish or close it there, then try again.</source>
        <translation>{name} is locked by another program that is writing to it; wait for it to finish or close it there, then try again.</translation>
    </message>
    <message>
        <source>No connection to the shared project {name}: {reason}</source>
        <translation>No connection to the shared project {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is busy in another program that is writing to it; nothing was changed. Wait for that program to finish, then try again.</source>
        <translation>{name} is busy in another program that is writing to it; nothing was changed. Wait for that program to finish, then try again.</translation>
    </message>
    <message>
        <source>The disk holding {name} is full; nothing was changed. Free some space and try again.</source>
        <translation>The disk holding {name} is full; nothing was changed. Free some space and try again.</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>Open &amp;shared project…</source>
        <translation>Open &amp;shared project…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Back up project…</source>
        <translation>&amp;Back up project…</translation>
    </message>
    <message>
        <source>Copy project to a &amp;file…</source>
        <translation>Copy project to a &amp;file…</translation>
    </message>
    <message>
        <source>Copy project to a shared &amp;database…</source>
        <translation>Copy project to a shared &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>The system keyring did not take the password; it will be asked again.</source>
        <translation>The system keyring did not take the password; it will be asked again.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s);;All files (*)</source>
        <translation>Accredit Tracker projects (*%s);;All files (*)</translation>
    </message>
    <message>
        <source>Preparing the demo project</source>
        <translation>Preparing the demo project</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Cannot create the demo project</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>Copy project to a file</source>
        <translation>Copy project to a file</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s)</source>
        <translation>Accredit Tracker projects (*%s)</translation>
    </message>
    <message>
        <source>Copy project to a shared database</source>
        <translation>Copy project to a shared database</translation>
    </message>
    <message>
        <source>Copying %s</source>
        <translation>Copying %s</translation>
    </message>
    <message>
        <source>Copy cancelled</source>
        <translation>Copy cancelled</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>The copy was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Copied to {target} and checked. Rows copied: {rows}. Every evidence file&apos;s SHA-256 is the same as the original&apos;s.

Open the copy now?</source>
        <translation>Copied to {target} and checked. Rows copied: {rows}. Every evidence file&apos;s SHA-256 is the same as the original&apos;s.

Open the copy now?</translation>
    </message>
    <message>
        <source>Project not copied</source>
        <translation>Project not copied</translation>
    </message>
    <message>
        <source>Project copied</source>
        <translation>Project copied</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>The facility&apos;s name is empty.</source>
        <translation>The facility&apos;s name is empty.</translation>
    </message>
    <message>
        <source>The facility&apos;s name is longer than {limit} characters.</source>
        <translation>The facility&apos;s name is longer than {limit} characters.</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <source>Project details</source>
        <translation>Project details</translation>
    </message>
    <message>
        <source>The facility&apos;s name heads the report&apos;s Summary and every printed page. Until it is set, the project&apos;s name stands in for it.</source>
        <translation>The facility&apos;s name heads the report&apos;s Summary and every printed page. Until it is set, the project&apos;s name stands in for it.</translation>
    </message>
    <message>
        <source>&amp;Facility name:</source>
        <translation>&amp;Facility name:</translation>
    </message>
</context>
<context>
    <name>ProjectIntegrity</name>
    <message>
        <source>Verifying stored evidence</source>
        <translation>Verifying stored evidence</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verification cancelled.</translation>
    </message>
    <message>
        <source>Audit trail: %s.</source>
        <translation>Audit trail: %s.</translation>
    </message>
    <message>
        <source>Evidence verified</source>
        <translation>Evidence verified</translation>
    </message>
    <message>
        <source>Every stored file still matches its SHA-256 fingerprint.</source>
        <translation>Every stored file still matches its SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s hash chain holds.</source>
        <translation>The audit trail&apos;s hash chain holds.</translation>
    </message>
    <message>
        <source>Audit trail altered</source>
        <translation>Audit trail altered</translation>
    </message>
    <message>
        <source>The audit trail was altered outside Accredit Tracker: its hash chain breaks at row %s. Compare it with a backup of the project.</source>
        <translation>The audit trail was altered outside Accredit Tracker: its hash chain breaks at row %s. Compare it with a backup of the project.</translation>
    </message>
    <message>
        <source>Damaged evidence</source>
        <translation>Damaged evidence</translation>
    </message>
    <message>
        <source>%s stored files no longer match what was attached. Attach them again from the originals, and restore the project from a backup if more is damaged.</source>
        <translation>%s stored files no longer match what was attached. Attach them again from the originals, and restore the project from a backup if more is damaged.</translation>
    </message>
    <message>
        <source>Back up project</source>
        <translation>Back up project</translation>
    </message>
    <message>
        <source>Accredit Tracker projects (*%s)</source>
        <translation>Accredit Tracker projects (*%s)</translation>
    </message>
    <message>
        <source>Backup not made; %s was left alone.</source>
        <translation>Backup not made; %s was left alone.</translation>
    </message>
    <message>
        <source>Backing up %s</source>
        <translation>Backing up %s</translation>
    </message>
    <message>
        <source>{file} holds a different project, not an earlier backup of {project}.

Replace it with this backup? Everything in that project, its evidence included, is lost.</source>
        <translation>{file} holds a different project, not an earlier backup of {project}.

Replace it with this backup? Everything in that project, its evidence included, is lost.</translation>
    </message>
    <message>
        <source>Replace a different project?</source>
        <translation>Replace a different project?</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Backup cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Backup not made</translation>
    </message>
    <message>
        <source>Backed up to %s.</source>
        <translation>Backed up to %s.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
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
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Equal</source>
        <translation>Equal</translation>
    </message>
    <message>
        <source>Subset</source>
        <translation>Subset</translation>
    </message>
    <message>
        <source>Superset</source>
        <translation>Superset</translation>
    </message>
    <message>
        <source>Intersect</source>
        <translation>Intersect</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>Not related</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Elements</source>
        <translation>Elements</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>(not in this assessment)</source>
        <translation>(not in this assessment)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Unmapped in {library}</source>
        <translation>Unmapped in {library}</translation>
    </message>
    <message>
        <source>Target code</source>
        <translation>Target code</translation>
    </message>
    <message>
        <source>Target element</source>
        <translation>Target element</translation>
    </message>
    <message>
        <source>Source codes</source>
        <translation>Source codes</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <source>Source results</source>
        <translation>Source results</translation>
    </message>
    <message>
        <source>Worst result</source>
        <translation>Worst result</translation>
    </message>
    <message>
        <source>Best result</source>
        <translation>Best result</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Measurable element</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>{mapping}: {source} → {target}</source>
        <translation>{mapping}: {source} → {target}</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>(clear)</source>
        <translation>(clear)</translation>
    </message>
    <message>
        <source>Surveyor flags</source>
        <translation>Surveyor flags</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>Standard text</translation>
    </message>
    <message>
        <source>Meets threshold</source>
        <translation>Meets threshold</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Recorded data</source>
        <translation>Recorded data</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>the file name must end in {suffix} or {other}.</source>
        <translation>the file name must end in {suffix} or {other}.</translation>
    </message>
    <message>
        <source>{project} — audit trail</source>
        <translation>{project} — audit trail</translation>
    </message>
    <message>
        <source>Audit trail of {rows} changes; hash chain head {hash}</source>
        <translation>Audit trail of {rows} changes; hash chain head {hash}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Create project</translation>
    </message>
    <message>
        <source>Import library</source>
        <translation>Import library</translation>
    </message>
    <message>
        <source>Add scoring profile</source>
        <translation>Add scoring profile</translation>
    </message>
    <message>
        <source>Set facility name</source>
        <translation>Set facility name</translation>
    </message>
    <message>
        <source>Create assessment</source>
        <translation>Create assessment</translation>
    </message>
    <message>
        <source>Carry evidence links</source>
        <translation>Carry evidence links</translation>
    </message>
    <message>
        <source>Set scoring profile</source>
        <translation>Set scoring profile</translation>
    </message>
    <message>
        <source>Lock assessment</source>
        <translation>Lock assessment</translation>
    </message>
    <message>
        <source>Unlock assessment</source>
        <translation>Unlock assessment</translation>
    </message>
    <message>
        <source>Update element</source>
        <translation>Update element</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Link evidence</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Unlink evidence</translation>
    </message>
    <message>
        <source>Update evidence</source>
        <translation>Update evidence</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Delete evidence</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Action plan: {heading}</source>
        <translation>Action plan: {heading}</translation>
    </message>
    <message>
        <source>Not a result</source>
        <translation>Not a result</translation>
    </message>
    <message>
        <source>Not a status</source>
        <translation>Not a status</translation>
    </message>
    <message>
        <source>Choose one of: {words}.</source>
        <translation>Choose one of: {words}.</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>… [cut]</source>
        <translation>… [cut]</translation>
    </message>
    <message>
        <source>Accreditation report: {assessment}</source>
        <translation>Accreditation report: {assessment}</translation>
    </message>
    <message>
        <source>Accreditation report</source>
        <translation>Accreditation report</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Cannot write {file}: {reason}</translation>
    </message>
    <message>
        <source>the file name must end in {suffix}.</source>
        <translation>the file name must end in {suffix}.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist.</source>
        <translation>the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>it is a folder.</translation>
    </message>
    <message>
        <source>{file} is open in another program (its lock file {lock} is beside it); close it there and try again. If no program has it open, delete the lock file.</source>
        <translation>{file} is open in another program (its lock file {lock} is beside it); close it there and try again. If no program has it open, delete the lock file.</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; choose a folder where you may save files.</source>
        <translation>the folder {folder} is read-only; choose a folder where you may save files.</translation>
    </message>
    <message>
        <source>Cannot replace {file}: the file is read-only; choose another name or make it writable.</source>
        <translation>Cannot replace {file}: the file is read-only; choose another name or make it writable.</translation>
    </message>
    <message>
        <source>permission denied. If it is open in another program, close it there; otherwise choose a folder where you may save files.</source>
        <translation>permission denied. If it is open in another program, close it there; otherwise choose a folder where you may save files.</translation>
    </message>
    <message>
        <source>Accreditation readiness report</source>
        <translation>Accreditation readiness report</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>meets</translation>
    </message>
    <message>
        <source>below</source>
        <translation>below</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>no score yet</translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation>no threshold</translation>
    </message>
    <message>
        <source>not enough assessed</source>
        <translation>not enough assessed</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Mock survey</source>
        <translation>Mock survey</translation>
    </message>
    <message>
        <source>Official survey</source>
        <translation>Official survey</translation>
    </message>
    <message>
        <source>Follow-up survey</source>
        <translation>Follow-up survey</translation>
    </message>
    <message>
        <source>(provisional: some elements are not assessed yet)</source>
        <translation>(provisional: some elements are not assessed yet)</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Survey dates</source>
        <translation>Survey dates</translation>
    </message>
    <message>
        <source>Standards library</source>
        <translation>Standards library</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>Scoring profile</source>
        <translation>Scoring profile</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Elements assessed</source>
        <translation>Elements assessed</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>About this report</translation>
    </message>
    <message>
        <source>Made from an audit trail of {rows} changes whose hash chain ends in {hash}; Verify shows the project&apos;s chain head today.</source>
        <translation>Made from an audit trail of {rows} changes whose hash chain ends in {hash}; Verify shows the project&apos;s chain head today.</translation>
    </message>
    <message>
        <source>Chapter scores</source>
        <translation>Chapter scores</translation>
    </message>
    <message>
        <source>{words} or {last}</source>
        <translation>{words} or {last}</translation>
    </message>
    <message>
        <source>When this sheet is taken back, a blank cell changes nothing; type {clear} to erase the stored value.</source>
        <translation>When this sheet is taken back, a blank cell changes nothing; type {clear} to erase the stored value.</translation>
    </message>
    <message>
        <source>This action plan is drawn from the {sheet} sheet and is locked. Type results, statuses, owners, due dates and notes on the {sheet} sheet: only that sheet is taken back into Accredit Tracker.</source>
        <translation>This action plan is drawn from the {sheet} sheet and is locked. Type results, statuses, owners, due dates and notes on the {sheet} sheet: only that sheet is taken back into Accredit Tracker.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Standard score {score}, below the threshold of {threshold}</source>
        <translation>Standard score {score}, below the threshold of {threshold}</translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation>Evidence index</translation>
    </message>
    <message>
        <source>In the binder</source>
        <translation>In the binder</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Not written because</source>
        <translation>Not written because</translation>
    </message>
    <message>
        <source>{project} — evidence of {assessment}</source>
        <translation>{project} — evidence of {assessment}</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Improvement plan</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Root cause</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Measure of success</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>(no action yet)</source>
        <translation>(no action yet)</translation>
    </message>
    <message>
        <source>Improvement plan: {assessment}</source>
        <translation>Improvement plan: {assessment}</translation>
    </message>
    <message>
        <source>Elements needing a plan</source>
        <translation>Elements needing a plan</translation>
    </message>
    <message>
        <source>Elements with an action</source>
        <translation>Elements with an action</translation>
    </message>
    <message>
        <source>Elements without an action</source>
        <translation>Elements without an action</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Actions overdue</translation>
    </message>
    <message>
        <source>Observed compliance</source>
        <translation>Observed compliance</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Tracer</source>
        <translation>Tracer</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Due: {what}</source>
        <translation>Due: {what}</translation>
    </message>
    <message>
        <source>Action due: {what}</source>
        <translation>Action due: {what}</translation>
    </message>
    <message>
        <source>Review evidence: {what}</source>
        <translation>Review evidence: {what}</translation>
    </message>
    <message>
        <source>Accreditation work: {owner}</source>
        <translation>Accreditation work: {owner}</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export elements as CSV</source>
        <translation>Export elements as CSV</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Export audit report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>Writing %s</translation>
    </message>
    <message>
        <source>Cancelled; %s was not written or changed.</source>
        <translation>Cancelled; %s was not written or changed.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Report not written</translation>
    </message>
    <message>
        <source>Wrote %s.

Open it now?</source>
        <translation>Wrote %s.

Open it now?</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Fully met</source>
        <translation>Fully met</translation>
    </message>
    <message>
        <source>Partially met</source>
        <translation>Partially met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
</context>
<context>
    <name>ResultsImport</name>
    <message>
        <source>{code} was already given in row {row}; this row is not imported.</source>
        <translation>{code} was already given in row {row}; this row is not imported.</translation>
    </message>
    <message>
        <source>the stored {field} is {stored:,} characters long, more than a cell holds, so the export wrote only its beginning; the edited cell ({length:,} characters) replaces all of it. To keep the rest, edit it in the app instead.</source>
        <translation>the stored {field} is {stored:,} characters long, more than a cell holds, so the export wrote only its beginning; the edited cell ({length:,} characters) replaces all of it. To keep the rest, edit it in the app instead.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; matches more than one element when case and spaces are ignored ({codes}); write the code exactly as one of them.</source>
        <translation>&apos;{code}&apos; matches more than one element when case and spaces are ignored ({codes}); write the code exactly as one of them.</translation>
    </message>
    <message>
        <source>the row has no version, so a change made in the app since the export cannot be detected; its values are imported as they are.</source>
        <translation>the row has no version, so a change made in the app since the export cannot be detected; its values are imported as they are.</translation>
    </message>
    <message>
        <source>the row says version {row}, but the project holds version {stored}, as if the file came from another copy of the project; its values are imported.</source>
        <translation>the row says version {row}, but the project holds version {stored}, as if the file came from another copy of the project; its values are imported.</translation>
    </message>
    <message>
        <source>The sheet has no element rows below its header row (row {row}).</source>
        <translation>The sheet has no element rows below its header row (row {row}).</translation>
    </message>
    <message>
        <source>The sheet has no {version} column, so changes made in the app since the export cannot be detected; its values are imported as they are.</source>
        <translation>The sheet has no {version} column, so changes made in the app since the export cannot be detected; its values are imported as they are.</translation>
    </message>
    <message>
        <source>The file does not say which assessment it was exported from (&apos;{text}&apos; cannot be read); its rows are matched by code to the elements of &apos;{name}&apos;.</source>
        <translation>The file does not say which assessment it was exported from (&apos;{text}&apos; cannot be read); its rows are matched by code to the elements of &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The file does not say which assessment it was exported from; its rows are matched by code to the elements of &apos;{name}&apos;.</source>
        <translation>The file does not say which assessment it was exported from; its rows are matched by code to the elements of &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>The file was exported from assessment &apos;{other}&apos;, not from &apos;{name}&apos;; choose that assessment to import it, or export &apos;{name}&apos; again.</source>
        <translation>The file was exported from assessment &apos;{other}&apos;, not from &apos;{name}&apos;; choose that assessment to import it, or export &apos;{name}&apos; again.</translation>
    </message>
    <message>
        <source>The file was exported from an assessment that is not in this project (id {id}), not from &apos;{name}&apos;; choose that assessment to import it, or export &apos;{name}&apos; again.</source>
        <translation>The file was exported from an assessment that is not in this project (id {id}), not from &apos;{name}&apos;; choose that assessment to import it, or export &apos;{name}&apos; again.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>{count:,} elements were changed in the project after the preview (first {code}, by {who}); nothing was imported. Preview the file again to see what changed.</source>
        <translation>{count:,} elements were changed in the project after the preview (first {code}, by {who}); nothing was imported. Preview the file again to see what changed.</translation>
    </message>
    <message>
        <source>1 element was changed in the project after the preview (first {code}, by {who}); nothing was imported. Preview the file again to see what changed.</source>
        <translation>1 element was changed in the project after the preview (first {code}, by {who}); nothing was imported. Preview the file again to see what changed.</translation>
    </message>
    <message>
        <source>Row {row}, {code}: {who} changed it in the app on {when} UTC, after the file was exported; its {fields} from the file were not imported.</source>
        <translation>Row {row}, {code}: {who} changed it in the app on {when} UTC, after the file was exported; its {fields} from the file were not imported.</translation>
    </message>
    <message>
        <source>Row {row}, {code}: {who} changed it in the app, after the file was exported; its {fields} from the file were not imported.</source>
        <translation>Row {row}, {code}: {who} changed it in the app, after the file was exported; its {fields} from the file were not imported.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>Row {row}, {code}: {field} was cut in the export; kept as stored ({length:,} characters).</source>
        <translation>Row {row}, {code}: {field} was cut in the export; kept as stored ({length:,} characters).</translation>
    </message>
    <message>
        <source>The file has no sheet named &apos;{sheet}&apos; (its sheets are: {listed}); expected a workbook exported from Accredit Tracker as an Excel report.</source>
        <translation>The file has no sheet named &apos;{sheet}&apos; (its sheets are: {listed}); expected a workbook exported from Accredit Tracker as an Excel report.</translation>
    </message>
    <message>
        <source>expected a result: {expected}; found &apos;{found}&apos;.</source>
        <translation>expected a result: {expected}; found &apos;{found}&apos;.</translation>
    </message>
    <message>
        <source>expected a status: {expected}; found &apos;{found}&apos;.</source>
        <translation>expected a status: {expected}; found &apos;{found}&apos;.</translation>
    </message>
    <message>
        <source>expected a date such as 2026-12-31; found &apos;{found}&apos;.</source>
        <translation>expected a date such as 2026-12-31; found &apos;{found}&apos;.</translation>
    </message>
    <message>
        <source>expected the version the export wrote, a whole number such as 3; found &apos;{found}&apos;.</source>
        <translation>expected the version the export wrote, a whole number such as 3; found &apos;{found}&apos;.</translation>
    </message>
    <message>
        <source>the row has no code, so it cannot be matched.</source>
        <translation>the row has no code, so it cannot be matched.</translation>
    </message>
    <message>
        <source>No header row with &apos;{code}&apos; and &apos;{result}&apos; was found in the first {rows} rows; expected the {sheet} sheet as Accredit Tracker exports it, with the headers {headers}.</source>
        <translation>No header row with &apos;{code}&apos; and &apos;{result}&apos; was found in the first {rows} rows; expected the {sheet} sheet as Accredit Tracker exports it, with the headers {headers}.</translation>
    </message>
    <message>
        <source>Take back results from %s</source>
        <translation>Take back results from %s</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt;, sheet &apos;%s&apos;: %s rows read. &lt;b&gt;%s changes to %s elements&lt;/b&gt; will be applied; %s rows change nothing. Not applied: %s conflicts, %s rows that match no element, %s problems. Blank cells never erase anything.</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;, sheet &apos;%s&apos;: %s rows read. &lt;b&gt;%s changes to %s elements&lt;/b&gt; will be applied; %s rows change nothing. Not applied: %s conflicts, %s rows that match no element, %s problems. Blank cells never erase anything.</translation>
    </message>
    <message>
        <source>Only the Elements sheet is read: the Gaps sheet is locked in the export and never taken back. Type %s in an Owner, Department, Due date or Notes cell to erase it.</source>
        <translation>Only the Elements sheet is read: the Gaps sheet is locked in the export and never taken back. Type %s in an Owner, Department, Due date or Notes cell to erase it.</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(cleared)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>From the file</translation>
    </message>
    <message>
        <source>Changes (%s)</source>
        <translation>Changes (%s)</translation>
    </message>
    <message>
        <source>Changed in the app by</source>
        <translation>Changed in the app by</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Conflicts (%s)</source>
        <translation>Conflicts (%s)</translation>
    </message>
    <message>
        <source>Code in the file</source>
        <translation>Code in the file</translation>
    </message>
    <message>
        <source>Not matched (%s)</source>
        <translation>Not matched (%s)</translation>
    </message>
    <message>
        <source>Kept as stored</source>
        <translation>Kept as stored</translation>
    </message>
    <message>
        <source>cut in the export; kept as stored (%s characters)</source>
        <translation>cut in the export; kept as stored (%s characters)</translation>
    </message>
    <message>
        <source>Cut in the export (%s)</source>
        <translation>Cut in the export (%s)</translation>
    </message>
    <message>
        <source>Problems (%s)</source>
        <translation>Problems (%s)</translation>
    </message>
    <message>
        <source>Warnings (%s)</source>
        <translation>Warnings (%s)</translation>
    </message>
    <message>
        <source>Take back results from a report</source>
        <translation>Take back results from a report</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.xls);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.ods *.xls);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %s</source>
        <translation>Reading %s</translation>
    </message>
    <message>
        <source>Results not taken back</source>
        <translation>Results not taken back</translation>
    </message>
    <message>
        <source>%s cannot be taken back; nothing was changed.</source>
        <translation>%s cannot be taken back; nothing was changed.</translation>
    </message>
    <message>
        <source>{code}: {fields} differ from the project here, but only the {sheet} sheet is taken back; type the change there.</source>
        <translation>{code}: {fields} differ from the project here, but only the {sheet} sheet is taken back; type the change there.</translation>
    </message>
</context>
<context>
    <name>ResultsImportDialog</name>
    <message numerus="yes">
        <source>Apply %Ln change(s)</source>
        <translation>
            <numerusform>Apply %Ln change</numerusform>
            <numerusform>Apply %Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>There is no role &apos;{role}&apos;; the roles are: {roles}.</source>
        <translation>There is no role &apos;{role}&apos;; the roles are: {roles}.</translation>
    </message>
    <message>
        <source>The project&apos;s roles are named after its database and schema, so these may hold only letters, digits, &apos;_&apos; and &apos;-&apos;; &apos;{name}&apos; does not.</source>
        <translation>The project&apos;s roles are named after its database and schema, so these may hold only letters, digits, &apos;_&apos; and &apos;-&apos;; &apos;{name}&apos; does not.</translation>
    </message>
    <message>
        <source>The role name {name} would be longer than PostgreSQL&apos;s 63 bytes; use a shorter database or schema name for the shared project.</source>
        <translation>The role name {name} would be longer than PostgreSQL&apos;s 63 bytes; use a shorter database or schema name for the shared project.</translation>
    </message>
    <message>
        <source>The role {name} already exists on this server but was not made for this project; drop or rename it, or use another database name.</source>
        <translation>The role {name} already exists on this server but was not made for this project; drop or rename it, or use another database name.</translation>
    </message>
    <message>
        <source>The audit trail of a shared project cannot be changed or deleted, by any account.</source>
        <translation>The audit trail of a shared project cannot be changed or deleted, by any account.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Your account ({account}) may not make this change to this shared project; ask the project&apos;s administrator.</source>
        <translation>Your account ({account}) may not make this change to this shared project; ask the project&apos;s administrator.</translation>
    </message>
    <message>
        <source>Your account ({account}) may not change this shared project: {action} needs the {role} role; ask the project&apos;s administrator.</source>
        <translation>Your account ({account}) may not change this shared project: {action} needs the {role} role; ask the project&apos;s administrator.</translation>
    </message>
    <message>
        <source>An evidence file&apos;s stored content cannot be changed, by any account: it stays exactly as it was attached. Attach the new version as a file of its own.</source>
        <translation>An evidence file&apos;s stored content cannot be changed, by any account: it stays exactly as it was attached. Attach the new version as a file of its own.</translation>
    </message>
    <message>
        <source>This shared project does not allow that change: an assessment&apos;s elements are made when it is created, and a standards library is changed only by importing it.</source>
        <translation>This shared project does not allow that change: an assessment&apos;s elements are made when it is created, and a standards library is changed only by importing it.</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>upgrading it to this version of Accredit Tracker</source>
        <translation>upgrading it to this version of Accredit Tracker</translation>
    </message>
    <message>
        <source>creating an assessment</source>
        <translation>creating an assessment</translation>
    </message>
    <message>
        <source>changing results, work status, owners, departments, due dates or notes</source>
        <translation>changing results, work status, owners, departments, due dates or notes</translation>
    </message>
    <message>
        <source>deleting an evidence file</source>
        <translation>deleting an evidence file</translation>
    </message>
    <message>
        <source>unlinking evidence</source>
        <translation>unlinking evidence</translation>
    </message>
    <message>
        <source>editing an evidence file&apos;s details</source>
        <translation>editing an evidence file&apos;s details</translation>
    </message>
    <message>
        <source>attaching or linking evidence</source>
        <translation>attaching or linking evidence</translation>
    </message>
    <message>
        <source>locking or unlocking an assessment</source>
        <translation>locking or unlocking an assessment</translation>
    </message>
    <message>
        <source>choosing an assessment&apos;s scoring profile</source>
        <translation>choosing an assessment&apos;s scoring profile</translation>
    </message>
    <message>
        <source>changing an assessment</source>
        <translation>changing an assessment</translation>
    </message>
    <message>
        <source>importing a standards library</source>
        <translation>importing a standards library</translation>
    </message>
    <message>
        <source>adding a scoring profile</source>
        <translation>adding a scoring profile</translation>
    </message>
    <message>
        <source>changing the project&apos;s details</source>
        <translation>changing the project&apos;s details</translation>
    </message>
    <message>
        <source>building a mapping between libraries</source>
        <translation>building a mapping between libraries</translation>
    </message>
    <message>
        <source>carrying values through a mapping or reviewing them</source>
        <translation>carrying values through a mapping or reviewing them</translation>
    </message>
    <message>
        <source>deleting a tracer, a finding or an action</source>
        <translation>deleting a tracer, a finding or an action</translation>
    </message>
    <message>
        <source>recording tracers, findings or corrective actions</source>
        <translation>recording tracers, findings or corrective actions</translation>
    </message>
    <message>
        <source>Roles are for projects shared on a PostgreSQL server.</source>
        <translation>Roles are for projects shared on a PostgreSQL server.</translation>
    </message>
    <message>
        <source>The schema named in {url} does not exist on the server.</source>
        <translation>The schema named in {url} does not exist on the server.</translation>
    </message>
    <message>
        <source>{url} holds no Accredit Tracker project; create it first (accredit create), then its roles.</source>
        <translation>{url} holds no Accredit Tracker project; create it first (accredit create), then its roles.</translation>
    </message>
    <message>
        <source>This project has no roles yet (e.g. {name} is missing); create them first (accredit roles create).</source>
        <translation>This project has no roles yet (e.g. {name} is missing); create them first (accredit roles create).</translation>
    </message>
    <message>
        <source>There is no account named {login} on this server; create it first (CREATE ROLE … LOGIN PASSWORD …).</source>
        <translation>There is no account named {login} on this server; create it first (CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>{login} is one of the project&apos;s own roles, not an account.</source>
        <translation>{login} is one of the project&apos;s own roles, not an account.</translation>
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
        <translation> (provisional: %s not assessed)</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>No applicable elements</source>
        <translation>No applicable elements</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>1 standard scores below {threshold}: {codes}</source>
        <translation>1 standard scores below {threshold}: {codes}</translation>
    </message>
    <message>
        <source>{count} standards score below {threshold}: {codes}</source>
        <translation>{count} standards score below {threshold}: {codes}</translation>
    </message>
    <message>
        <source>1 chapter scores below {threshold}: {chapters}</source>
        <translation>1 chapter scores below {threshold}: {chapters}</translation>
    </message>
    <message>
        <source>{count} chapters score below {threshold}: {chapters}</source>
        <translation>{count} chapters score below {threshold}: {chapters}</translation>
    </message>
    <message>
        <source>1 chapter has too little assessed: {codes}</source>
        <translation>1 chapter has too little assessed: {codes}</translation>
    </message>
    <message>
        <source>{count} chapters have too little assessed: {codes}</source>
        <translation>{count} chapters have too little assessed: {codes}</translation>
    </message>
    <message>
        <source>1 standard has too little assessed: {codes}</source>
        <translation>1 standard has too little assessed: {codes}</translation>
    </message>
    <message>
        <source>{count} standards have too little assessed: {codes}</source>
        <translation>{count} standards have too little assessed: {codes}</translation>
    </message>
    <message>
        <source>{assessed} of {applicable} applicable elements assessed</source>
        <translation>{assessed} of {applicable} applicable elements assessed</translation>
    </message>
    <message>
        <source>the overall score {score} is below {threshold}</source>
        <translation>the overall score {score} is below {threshold}</translation>
    </message>
    <message>
        <source>Does not meet the accreditation thresholds</source>
        <translation>Does not meet the accreditation thresholds</translation>
    </message>
    <message>
        <source>Meets the accreditation thresholds</source>
        <translation>Meets the accreditation thresholds</translation>
    </message>
    <message>
        <source>Not enough assessed</source>
        <translation>Not enough assessed</translation>
    </message>
    <message>
        <source>overall below {threshold} % ({score})</source>
        <translation>overall below {threshold} % ({score})</translation>
    </message>
</context>
<context>
    <name>SharedProjectDialog</name>
    <message>
        <source>Open shared project</source>
        <translation>Open shared project</translation>
    </message>
    <message>
        <source>database server, e.g. quality-db.hospital.local</source>
        <translation>database server, e.g. quality-db.hospital.local</translation>
    </message>
    <message>
        <source>the project&apos;s database</source>
        <translation>the project&apos;s database</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>This computer has no system keyring; the password is asked each time.</source>
        <translation>This computer has no system keyring; the password is asked each time.</translation>
    </message>
    <message>
        <source>only if the administrator names one</source>
        <translation>only if the administrator names one</translation>
    </message>
    <message>
        <source>Your department&apos;s database administrator gives you these. The password is never stored in Accredit Tracker&apos;s settings.</source>
        <translation>Your department&apos;s database administrator gives you these. The password is never stored in Accredit Tracker&apos;s settings.</translation>
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
        <translation>Database</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <source>The measurable elements the facility is assessed against, read once.</source>
        <translation>The measurable elements the facility is assessed against, read once.</translation>
    </message>
    <message>
        <source>Read the standards</source>
        <translation>Read the standards</translation>
    </message>
    <message>
        <source>Import a spreadsheet of our standards (Excel, OpenDocument or CSV)</source>
        <translation>Import a spreadsheet of our standards (Excel, OpenDocument or CSV)</translation>
    </message>
    <message>
        <source>Start with the bundled demo library (synthetic text, to try the application)</source>
        <translation>Start with the bundled demo library (synthetic text, to try the application)</translation>
    </message>
    <message>
        <source>Save a template workbook…</source>
        <translation>Save a template workbook…</translation>
    </message>
    <message>
        <source>No spreadsheet of your standards yet? Save the template workbook, fill in one row per measurable element, and import it here.</source>
        <translation>No spreadsheet of your standards yet? Save the template workbook, fill in one row per measurable element, and import it here.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Standards template.xlsx</source>
        <translation>Standards template.xlsx</translation>
    </message>
    <message>
        <source>Save template workbook</source>
        <translation>Save template workbook</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <source>The template was saved to %s. Fill it in, save it, and import it here with the first choice.</source>
        <translation>The template was saved to %s. Fill it in, save it, and import it here with the first choice.</translation>
    </message>
    <message>
        <source>Reading the demo library</source>
        <translation>Reading the demo library</translation>
    </message>
    <message>
        <source>Standards not read</source>
        <translation>Standards not read</translation>
    </message>
</context>
<context>
    <name>StandardsTemplate</name>
    <message>
        <source>How to fill in</source>
        <translation>How to fill in</translation>
    </message>
    <message>
        <source>One row on the Standards sheet for each measurable element of your standards.</source>
        <translation>One row on the Standards sheet for each measurable element of your standards.</translation>
    </message>
    <message>
        <source>Chapter: a short code such as IPSG; Standard: its code such as IPSG.1; ME: the element&apos;s number within its standard.</source>
        <translation>Chapter: a short code such as IPSG; Standard: its code such as IPSG.1; ME: the element&apos;s number within its standard.</translation>
    </message>
    <message>
        <source>Replace the two example rows, keep the header row, save the file, then use File → Import standards.</source>
        <translation>Replace the two example rows, keep the header row, save the file, then use File → Import standards.</translation>
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
        <translation>Track the facility&apos;s readiness for accreditation: every measurable element of the standards, its result, owner and evidence, and the report for the survey.</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Open the demo project</translation>
    </message>
    <message>
        <source>A demo hospital with synthetic standards and a mock survey half done</source>
        <translation>A demo hospital with synthetic standards and a mock survey half done</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>Your facility, its standards and a first assessment, step by step</source>
        <translation>Your facility, its standards and a first assessment, step by step</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <source>A project file on this computer</source>
        <translation>A project file on this computer</translation>
    </message>
    <message>
        <source>Open shared project…</source>
        <translation>Open shared project…</translation>
    </message>
    <message>
        <source>A project kept on the hospital&apos;s database server</source>
        <translation>A project kept on the hospital&apos;s database server</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent projects&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet: the projects you open are listed here.</source>
        <translation>None yet: the projects you open are listed here.</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggestions for %s</source>
        <translation>Suggestions for %s</translation>
    </message>
    <message>
        <source>These elements of the earlier assessment bear on %s through the mapping. Accepting one gives %s its result and links its evidence; nothing is set without your decision.</source>
        <translation>These elements of the earlier assessment bear on %s through the mapping. Accepting one gives %s its result and links its evidence; nothing is set without your decision.</translation>
    </message>
    <message>
        <source>Source element</source>
        <translation>Source element</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>TracerActions</name>
    <message>
        <source>New &amp;tracer…</source>
        <translation>New &amp;tracer…</translation>
    </message>
    <message>
        <source>Record &amp;finding…</source>
        <translation>Record &amp;finding…</translation>
    </message>
    <message>
        <source>Accept finding into the checklist</source>
        <translation>Accept finding into the checklist</translation>
    </message>
    <message>
        <source>Raise corrective &amp;action…</source>
        <translation>Raise corrective &amp;action…</translation>
    </message>
    <message>
        <source>&amp;Verify action…</source>
        <translation>&amp;Verify action…</translation>
    </message>
    <message>
        <source>&amp;My work…</source>
        <translation>&amp;My work…</translation>
    </message>
    <message>
        <source>Export &amp;improvement plan…</source>
        <translation>Export &amp;improvement plan…</translation>
    </message>
</context>
<context>
    <name>TracerDeletion</name>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Edit → Undo puts it back.</source>
        <translation>Edit → Undo puts it back.</translation>
    </message>
    <message>
        <source>Evidence files stay in the project.</source>
        <translation>Evidence files stay in the project.</translation>
    </message>
    <message>
        <source>Tracer not deleted</source>
        <translation>Tracer not deleted</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tracer “%1” and its %n finding(s)?</source>
        <translation>
            <numerusform>Delete the tracer “%1” and its %n finding?</numerusform>
            <numerusform>Delete the tracer “%1” and its %n findings?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were accepted into the checklist; the results they set stay.</source>
        <translation>
            <numerusform>%n of them was accepted into the checklist; the results it set stay.</numerusform>
            <numerusform>%n of them were accepted into the checklist; the results they set stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tracer “%1”? It has no findings.</source>
        <translation>Delete the tracer “%1”? It has no findings.</translation>
    </message>
    <message>
        <source>Delete tracer</source>
        <translation>Delete tracer</translation>
    </message>
    <message>
        <source>Delete tracer %s</source>
        <translation>Delete tracer %s</translation>
    </message>
    <message numerus="yes">
        <source>The %n corrective action(s) answering them stay, no longer tied to a finding.</source>
        <translation>
            <numerusform>The %n corrective action answering them stays, no longer tied to a finding.</numerusform>
            <numerusform>The %n corrective actions answering them stay, no longer tied to a finding.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was accepted into the checklist; the results it set stay.</source>
        <translation>It was accepted into the checklist; the results it set stay.</translation>
    </message>
    <message>
        <source>Delete the finding “%1” on %2? Corrective actions answering it stay.</source>
        <translation>Delete the finding “%1” on %2? Corrective actions answering it stay.</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Delete finding</translation>
    </message>
    <message>
        <source>Finding not deleted</source>
        <translation>Finding not deleted</translation>
    </message>
    <message>
        <source>Delete finding %s</source>
        <translation>Delete finding %s</translation>
    </message>
    <message>
        <source>Delete the corrective action “%1” for %2?</source>
        <translation>Delete the corrective action “%1” for %2?</translation>
    </message>
    <message>
        <source>Delete corrective action</source>
        <translation>Delete corrective action</translation>
    </message>
    <message>
        <source>Action not deleted</source>
        <translation>Action not deleted</translation>
    </message>
    <message>
        <source>Delete action %s</source>
        <translation>Delete action %s</translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation>Not put back</translation>
    </message>
</context>
<context>
    <name>TracerDialog</name>
    <message>
        <source>New tracer</source>
        <translation>New tracer</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>e.g. Emergency, Ward 3, Pharmacy</source>
        <translation>e.g. Emergency, Ward 3, Pharmacy</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Who runs it</translation>
    </message>
    <message>
        <source>The patient&apos;s pathway, without name or record number, or the system followed</source>
        <translation>The patient&apos;s pathway, without name or record number, or the system followed</translation>
    </message>
    <message>
        <source>Chapters, standards or tags, separated by &apos;;&apos;</source>
        <translation>Chapters, standards or tags, separated by &apos;;&apos;</translation>
    </message>
    <message>
        <source>Their elements are listed on the tracer&apos;s worksheet</source>
        <translation>Their elements are listed on the tracer&apos;s worksheet</translation>
    </message>
    <message>
        <source>Held already</source>
        <translation>Held already</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>Tracer not saved</source>
        <translation>Tracer not saved</translation>
    </message>
</context>
<context>
    <name>TracerTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>TracerWorksheet</name>
    <message>
        <source>Tracer worksheet</source>
        <translation>Tracer worksheet</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Typical evidence</source>
        <translation>Typical evidence</translation>
    </message>
    <message>
        <source>Seen, heard, read</source>
        <translation>Seen, heard, read</translation>
    </message>
    <message>
        <source>No elements: give the tracer a scope (chapters, standards or tags) to list their elements here.</source>
        <translation>No elements: give the tracer a scope (chapters, standards or tags) to list their elements here.</translation>
    </message>
</context>
<context>
    <name>Tracers</name>
    <message>
        <source>Action {id} is gone; someone may have deleted it.</source>
        <translation>Action {id} is gone; someone may have deleted it.</translation>
    </message>
    <message>
        <source>An action cannot be due ({due}) before it was opened ({opened}).</source>
        <translation>An action cannot be due ({due}) before it was opened ({opened}).</translation>
    </message>
    <message>
        <source>An action needs to say what will be done.</source>
        <translation>An action needs to say what will be done.</translation>
    </message>
    <message>
        <source>Finding {id} is not part of this assessment.</source>
        <translation>Finding {id} is not part of this assessment.</translation>
    </message>
    <message>
        <source>Whether an action was effective is recorded by verifying it.</source>
        <translation>Whether an action was effective is recorded by verifying it.</translation>
    </message>
    <message>
        <source>Only an action that is done can be verified; action {id} is &apos;{status}&apos;.</source>
        <translation>Only an action that is done can be verified; action {id} is &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>An action cannot be verified ({on}) before it was opened ({opened}).</source>
        <translation>An action cannot be verified ({on}) before it was opened ({opened}).</translation>
    </message>
    <message>
        <source>Say who verified the action.</source>
        <translation>Say who verified the action.</translation>
    </message>
    <message>
        <source>Verification of action {id}</source>
        <translation>Verification of action {id}</translation>
    </message>
    <message>
        <source>Finding {id} is gone; someone may have deleted it.</source>
        <translation>Finding {id} is gone; someone may have deleted it.</translation>
    </message>
    <message>
        <source>Choose at least one measurable element it bears on.</source>
        <translation>Choose at least one measurable element it bears on.</translation>
    </message>
    <message>
        <source>Element assessment {ids} is not part of this assessment.</source>
        <translation>Element assessment {ids} is not part of this assessment.</translation>
    </message>
    <message>
        <source>A finding needs a description of what was seen.</source>
        <translation>A finding needs a description of what was seen.</translation>
    </message>
    <message>
        <source>A finding&apos;s compliance is met, partially met or not met.</source>
        <translation>A finding&apos;s compliance is met, partially met or not met.</translation>
    </message>
    <message>
        <source>Finding {id}</source>
        <translation>Finding {id}</translation>
    </message>
    <message>
        <source>Finding {id} was accepted already, by {who}.</source>
        <translation>Finding {id} was accepted already, by {who}.</translation>
    </message>
    <message>
        <source>There is no assessment with id {id}.</source>
        <translation>There is no assessment with id {id}.</translation>
    </message>
    <message>
        <source>Tracer {id} is gone; someone may have deleted it.</source>
        <translation>Tracer {id} is gone; someone may have deleted it.</translation>
    </message>
    <message>
        <source>A tracer needs a focus: the patient&apos;s pathway or the system it follows.</source>
        <translation>A tracer needs a focus: the patient&apos;s pathway or the system it follows.</translation>
    </message>
    <message>
        <source>Individual patient tracer</source>
        <translation>Individual patient tracer</translation>
    </message>
    <message>
        <source>System tracer</source>
        <translation>System tracer</translation>
    </message>
    <message>
        <source>Environment round</source>
        <translation>Environment round</translation>
    </message>
    <message>
        <source>Leadership interview</source>
        <translation>Leadership interview</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>Document review</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limited</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Widespread</source>
        <translation>Widespread</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Verified effective</source>
        <translation>Verified effective</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Not effective</translation>
    </message>
    <message>
        <source>Finding {id} is there already; nothing was put back.</source>
        <translation>Finding {id} is there already; nothing was put back.</translation>
    </message>
    <message>
        <source>Tracer {id} is there already; nothing was put back.</source>
        <translation>Tracer {id} is there already; nothing was put back.</translation>
    </message>
    <message>
        <source>Action {id} is there already; nothing was put back.</source>
        <translation>Action {id} is there already; nothing was put back.</translation>
    </message>
</context>
<context>
    <name>TracersView</name>
    <message>
        <source>New tracer…</source>
        <translation>New tracer…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Record finding…</source>
        <translation>Record finding…</translation>
    </message>
    <message>
        <source>Worksheet PDF…</source>
        <translation>Worksheet PDF…</translation>
    </message>
    <message>
        <source>The elements of the tracer&apos;s scope with room to write, for the round</source>
        <translation>The elements of the tracer&apos;s scope with room to write, for the round</translation>
    </message>
    <message>
        <source>Accept into checklist</source>
        <translation>Accept into checklist</translation>
    </message>
    <message>
        <source>Set the finding&apos;s elements to its observed compliance (can be undone)</source>
        <translation>Set the finding&apos;s elements to its observed compliance (can be undone)</translation>
    </message>
    <message>
        <source>Raise action…</source>
        <translation>Raise action…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message numerus="yes">
        <source>Findings of the chosen tracer: %n</source>
        <translation>
            <numerusform>Findings of the chosen tracer: %n</numerusform>
            <numerusform>Findings of the chosen tracer: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a tracer with New tracer, then record its findings.</source>
        <translation>Plan a tracer with New tracer, then record its findings.</translation>
    </message>
    <message>
        <source>Tracer not changed</source>
        <translation>Tracer not changed</translation>
    </message>
    <message>
        <source>Tracer worksheet %s.pdf</source>
        <translation>Tracer worksheet %s.pdf</translation>
    </message>
    <message>
        <source>Save the tracer worksheet</source>
        <translation>Save the tracer worksheet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Action not changed</source>
        <translation>Action not changed</translation>
    </message>
    <message>
        <source>Accept finding %s</source>
        <translation>Accept finding %s</translation>
    </message>
    <message>
        <source>Finding not accepted</source>
        <translation>Finding not accepted</translation>
    </message>
    <message>
        <source>Acceptance not undone</source>
        <translation>Acceptance not undone</translation>
    </message>
</context>
<context>
    <name>TrailModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Old → New</source>
        <translation>Old → New</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>{url} holds no Accredit Tracker project.</source>
        <translation>{url} holds no Accredit Tracker project.</translation>
    </message>
    <message>
        <source>{source} is at schema {revision}, not this version&apos;s {head}; open it once with this version of Accredit Tracker (which updates it), then copy it.</source>
        <translation>{source} is at schema {revision}, not this version&apos;s {head}; open it once with this version of Accredit Tracker (which updates it), then copy it.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} does not exist or is not a file.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not an Accredit Tracker project.</source>
        <translation>{name} is not an Accredit Tracker project.</translation>
    </message>
    <message>
        <source>{path} already exists; copy the project to a new file name.</source>
        <translation>{path} already exists; copy the project to a new file name.</translation>
    </message>
    <message>
        <source>Cannot create {name}: the folder {folder} does not exist.</source>
        <translation>Cannot create {name}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>{path} appeared while the project was being copied; it is left alone.</source>
        <translation>{path} appeared while the project was being copied; it is left alone.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Cannot write {path}: {reason}.</translation>
    </message>
    <message>
        <source>{url} already holds tables ({tables}); copy the project into an empty database (or schema) of its own.</source>
        <translation>{url} already holds tables ({tables}); copy the project into an empty database (or schema) of its own.</translation>
    </message>
    <message>
        <source>Cannot copy the project to {target}: {reason}</source>
        <translation>Cannot copy the project to {target}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the shared project {url}: {reason}</source>
        <translation>Cannot read the shared project {url}: {reason}</translation>
    </message>
    <message>
        <source>The source&apos;s stored evidence is damaged, so it was not copied: {problems}. Run Evidence → Verify stored files on the source and restore those files from a backup.</source>
        <translation>The source&apos;s stored evidence is damaged, so it was not copied: {problems}. Run Evidence → Verify stored files on the source and restore those files from a backup.</translation>
    </message>
    <message>
        <source>{table}: {source:,} rows in the source, {target:,} in the copy</source>
        <translation>{table}: {source:,} rows in the source, {target:,} in the copy</translation>
    </message>
    <message>
        <source>The copy does not match the source, so it was removed: {differences}.</source>
        <translation>The copy does not match the source, so it was removed: {differences}.</translation>
    </message>
    <message>
        <source>{table}: the row {key} of the source is not in the copy</source>
        <translation>{table}: the row {key} of the source is not in the copy</translation>
    </message>
    <message>
        <source>{table}: in the row {key}, {columns} differ ({shown})</source>
        <translation>{table}: in the row {key}, {columns} differ ({shown})</translation>
    </message>
    <message>
        <source>{table}: the copied rows differ from the source&apos;s</source>
        <translation>{table}: the copied rows differ from the source&apos;s</translation>
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
        <translation>every chunk is missing</translation>
    </message>
    <message>
        <source>chunks of content that is not recorded</source>
        <translation>chunks of content that is not recorded</translation>
    </message>
    <message>
        <source>chunks missing</source>
        <translation>chunks missing</translation>
    </message>
    <message>
        <source>{stored:,} of {size:,} bytes</source>
        <translation>{stored:,} of {size:,} bytes</translation>
    </message>
    <message>
        <source>the bytes do not match the SHA-256</source>
        <translation>the bytes do not match the SHA-256</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify action</source>
        <translation>Verify action</translation>
    </message>
    <message>
        <source>Effective: the measure of success was met</source>
        <translation>Effective: the measure of success was met</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>Not effective</translation>
    </message>
    <message>
        <source>What the verification found</source>
        <translation>What the verification found</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>Verification not saved</source>
        <translation>Verification not saved</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>_ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%s of %s</source>
        <translation>%s of %s</translation>
    </message>
    <message>
        <source>%s so far</source>
        <translation>%s so far</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Chapter code</source>
        <translation>Chapter code</translation>
    </message>
    <message>
        <source>Chapter title</source>
        <translation>Chapter title</translation>
    </message>
    <message>
        <source>Standard code</source>
        <translation>Standard code</translation>
    </message>
    <message>
        <source>Standard text</source>
        <translation>Standard text</translation>
    </message>
    <message>
        <source>ME number</source>
        <translation>ME number</translation>
    </message>
    <message>
        <source>Measurable element</source>
        <translation>Measurable element</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Typical evidence</source>
        <translation>Typical evidence</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Depth</translation>
    </message>
    <message>
        <source>Ref ID</source>
        <translation>Ref ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Assessable</source>
        <translation>Assessable</translation>
    </message>
    <message>
        <source>Kept as an attribute</source>
        <translation>Kept as an attribute</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Checking {name}</source>
        <translation>Checking {name}</translation>
    </message>
    <message>
        <source>Storing {name}</source>
        <translation>Storing {name}</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>Exporting evidence</translation>
    </message>
    <message>
        <source>Saving {name}</source>
        <translation>Saving {name}</translation>
    </message>
    <message>
        <source>Verifying evidence</source>
        <translation>Verifying evidence</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <source>Saving standards</source>
        <translation>Saving standards</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>Writing the audit trail</translation>
    </message>
    <message>
        <source>Saving the audit trail</source>
        <translation>Saving the audit trail</translation>
    </message>
    <message>
        <source>Comparing the assessments</source>
        <translation>Comparing the assessments</translation>
    </message>
    <message>
        <source>Writing the comparison</source>
        <translation>Writing the comparison</translation>
    </message>
    <message>
        <source>Saving the comparison</source>
        <translation>Saving the comparison</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Writing the report</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Saving the report</translation>
    </message>
    <message>
        <source>Writing the elements table</source>
        <translation>Writing the elements table</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Comparing with the project</source>
        <translation>Comparing with the project</translation>
    </message>
    <message>
        <source>Reading the standards file</source>
        <translation>Reading the standards file</translation>
    </message>
    <message>
        <source>Copying the project</source>
        <translation>Copying the project</translation>
    </message>
    <message>
        <source>Copying evidence</source>
        <translation>Copying evidence</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>Checking the copy</translation>
    </message>
    <message>
        <source>Checking the copied evidence</source>
        <translation>Checking the copied evidence</translation>
    </message>
    <message>
        <source>Saving the evidence index</source>
        <translation>Saving the evidence index</translation>
    </message>
    <message>
        <source>Writing the improvement plan</source>
        <translation>Writing the improvement plan</translation>
    </message>
    <message>
        <source>Saving the improvement plan</source>
        <translation>Saving the improvement plan</translation>
    </message>
    <message>
        <source>Writing the coverage</source>
        <translation>Writing the coverage</translation>
    </message>
    <message>
        <source>Saving the coverage</source>
        <translation>Saving the coverage</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Cannot create the demo project</translation>
    </message>
</context>
</TS>
