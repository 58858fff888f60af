<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AfterDialog</name>
        <message>
            <source>{what}: how is {about} now (0 none, 10 worst)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before the dose it was {before}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How is it now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score after the dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please choose a number from 0 to 10, or Cancel.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppointmentForm</name>
        <message>
            <source>Choose a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the kind…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;linician:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who you will see, if you know (for example Dr Lee).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to bring beforehand, or what was said and decided after the visit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppointmentsView</name>
        <message>
            <source>Up&amp;coming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Past</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport to calendar (.ics)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save upcoming appointments to a file your calendar app can import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The &amp;selected appointment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;All upcoming appointments…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions for the chosen visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up&amp;coming ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Past ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show upcoming appointments ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show past appointments ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the appointment of {when} ({kind})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an upcoming appointment in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no upcoming appointments to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar file could not be saved ({error}). Nothing was written; please choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved 1 appointment to {file}. Open this file with your calendar app to add it to your calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {count} appointments to {file}. Open this file with your calendar app to add them to your calendar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AsNeededDialog</name>
        <message>
            <source>I took a dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}, as needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Taken at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example pain, nausea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken &amp;for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How strong is {about} now, before the dose (0 none, 10 worst)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score before the dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask how it is &amp;after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} minutes is an adjustable default of the app, not a medical rule.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CareTeamNotice</name>
        <message>
            <source>This app does not replace your care team. If you feel very unwell, contact them or emergency services.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CareTeamPage</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <source>For urgent problems</source>
            <translation>Para problemas urgentes</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Care team</source>
            <translation>Equipo médico</translation>
        </message>
        <message>
            <source>The people and services you contact about your care, and how to reach them.</source>
            <translation>Las personas y servicios con los que contacta sobre su atención, y cómo localizarlos.</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contacto</translation>
        </message>
        <message>
            <source>The chosen contact</source>
            <translation>El contacto elegido</translation>
        </message>
        <message>
            <source>Choose a contact to see all of their details here.</source>
            <translation>Elija un contacto para ver aquí todos sus datos.</translation>
        </message>
        <message>
            <source>Phone: {phone}</source>
            <translation>Teléfono: {phone}</translation>
        </message>
        <message>
            <source>The number to call for urgent problems.</source>
            <translation>El número al que llamar si hay problemas urgentes.</translation>
        </message>
        <message>
            <source>Email: {email}</source>
            <translation>Correo electrónico: {email}</translation>
        </message>
        <message>
            <source>the contact “{name}”</source>
            <translation>el contacto «{name}»</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <source>Change contact</source>
            <translation>Cambiar contacto</translation>
        </message>
        <message>
            <source>For example: Dr Lee</source>
            <translation>Por ejemplo: Dra. López</translation>
        </message>
        <message>
            <source>For example: Breast care nurse</source>
            <translation>Por ejemplo: enfermera de oncología</translation>
        </message>
        <message>
            <source>Call this number for &amp;urgent problems</source>
            <translation>Llamar a este número si hay problemas &amp;urgentes</translation>
        </message>
        <message>
            <source>For example a 24-hour line. Today shows this number when a day raises a “contact your care team promptly” flag.</source>
            <translation>Por ejemplo, una línea de 24 horas. Hoy muestra este número cuando un día da un aviso de «Contacte pronto con su equipo médico».</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Función:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <source>Optional. Digits and spaces.</source>
            <translation>Opcional. Cifras y espacios.</translation>
        </message>
        <message>
            <source>E&amp;mail:</source>
            <translation>Correo e&amp;lectrónico:</translation>
        </message>
        <message>
            <source>Optional.</source>
            <translation>Opcional.</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otas:</translation>
        </message>
        <message>
            <source>For example: when to call them, or who to ask for.</source>
            <translation>Por ejemplo: cuándo llamar o por quién preguntar.</translation>
        </message>
        <message>
            <source>This contact was deleted in the meantime, so it cannot be changed. Please cancel, then add it again.</source>
            <translation>Este contacto se ha eliminado mientras tanto, así que no se puede cambiar. Cancele y vuelva a añadirlo.</translation>
        </message>
    </context>
    <context>
        <name>DayEntries</name>
        <message>
            <source>{label}: did not happen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DayEntriesSection</name>
        <message>
            <source>Entries of this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scales above show each symptom's latest entry of the day. To keep another score from a different time, log it again here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No symptom entries saved for this day yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Log again at a time…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add another entry of a symptom, at the time it happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  (latest: on the scale above)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit {entry}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {entry}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {entry}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed {entry}. Press “Undo remove” to bring it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brought back {entry}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiscussedDialog</name>
        <message>
            <source>Discussed with my care team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{symptom}, {days}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once it is marked as discussed, this flag stays quiet unless {symptom} gets worse than when you talked about it. You can undo the mark later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date you discussed it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date you discussed it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example, what your care team advised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Cancelar</translation>
        </message>
    </context>
    <context>
        <name>DoseDialog</name>
        <message>
            <source>That time has not come yet today; please give the time it was taken.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DosesPanel</name>
        <message>
            <source>Medicines for this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put off until {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I took a dose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your plan says at least {gap} between doses; the last was at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your plan says at least {gap} between doses; the last was yesterday at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your plan says at least {gap} between doses; the last was on {day} at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken for {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before: {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after: {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is time to say how it is now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today asks how it is at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today asks how it is on {day} at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How is it now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score after…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 point lower</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 point higher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} points lower</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} points higher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Change an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log again at a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ymptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day of the entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did it happen?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Yes, it happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ote (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example, what you were doing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Cancelar</translation>
        </message>
        <message>
            <source>Score for {symptom}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a symptom from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a score from 0 (none) to 10.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha fallado</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copiar detalles</translation>
        </message>
        <message>
            <source>Copy a short technical note for a support request. It holds no health details.</source>
            <translation>Copia una breve nota técnica para una solicitud de ayuda. No contiene datos de salud.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>The app met a problem it did not expect and stopped what it was doing. You can carry on using it. If this happens again, “Copy details” copies a short note you can send with a support request; it holds no health details.</source>
            <translation>La aplicación encontró un problema inesperado y detuvo lo que estaba haciendo. Puede seguir usándola. Si vuelve a ocurrir, «Copiar detalles» copia una breve nota que puede enviar con una solicitud de ayuda; no contiene datos de salud.</translation>
        </message>
        <message>
            <source>Nothing was saved; your record is unchanged.</source>
            <translation>No se ha guardado nada; su registro no ha cambiado.</translation>
        </message>
        <message>
            <source>What was saved before is kept, but the last thing you did may not have finished.</source>
            <translation>Lo que se guardó antes se conserva, pero puede que lo último que hizo no se haya completado.</translation>
        </message>
        <message>
            <source>Please check that your last change is there, and make it again if not.</source>
            <translation>Compruebe que su último cambio está ahí y, si no, vuelva a hacerlo.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation>Ha ocurrido un problema inesperado.</translation>
        </message>
        <message>
            <source>It happened once more since.</source>
            <translation>Ha vuelto a ocurrir una vez desde entonces.</translation>
        </message>
        <message>
            <source>It happened {count} more times since.</source>
            <translation>Ha vuelto a ocurrir {count} veces desde entonces.</translation>
        </message>
        <message>
            <source>The details could not be copied just now.</source>
            <translation>No se han podido copiar los detalles en este momento.</translation>
        </message>
        <message>
            <source>Copied. You can paste it into an email or a message for a support request.</source>
            <translation>Copiado. Puede pegarlo en un correo o mensaje para una solicitud de ayuda.</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Nothing was saved</source>
            <translation>No se ha guardado nada</translation>
        </message>
    </context>
    <context>
        <name>ExportWarning</name>
        <message>
            <source>The export</source>
            <translation>La exportación</translation>
        </message>
        <message>
            <source>The saved chart</source>
            <translation>El gráfico guardado</translation>
        </message>
        <message>
            <source>The saved table</source>
            <translation>La tabla guardada</translation>
        </message>
        <message>
            <source>The summary PDF</source>
            <translation>El PDF del resumen</translation>
        </message>
        <message>
            <source>The calendar file</source>
            <translation>El archivo de calendario</translation>
        </message>
        <message>
            <source>Your record is protected with a passphrase, but the passphrase does not go with this file. {what} will be an ordinary file that anyone who can open it can read. Keep it somewhere safe, and delete it when you no longer need it.</source>
            <translation>Su registro está protegido con una frase de contraseña, pero la frase de contraseña no acompaña a este archivo. {what} será un archivo normal que podrá leer cualquiera que pueda abrirlo. Guárdelo en un lugar seguro y elimínelo cuando ya no lo necesite.</translation>
        </message>
        <message>
            <source>This file will not be protected</source>
            <translation>Este archivo no estará protegido</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>FlagBanner</name>
        <message>
            <source>Flag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See why this day is flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For this day: contact your care team promptly about {symptoms}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also to mention at your next visit: {symptoms}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For this day: mention {symptoms} to your care team at your next visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick your care team's number for urgent problems in Profile, Care team, to have it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call {who}: {phone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>or {who}: {phone}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FlagCard</name>
        <message>
            <source>{symptom}, {days}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Discussed with your care team on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your note: “{note}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has happened again since, so it is worth mentioning again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It has been worse since, so it is worth mentioning again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why {symptom} is flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discussed with my care team…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark {symptom}, {days}, as discussed with my care team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo “discussed”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why this is worth telling your care team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the article(s):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence for the “worse than your usual” rule: {evidence}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ongoing since {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide why</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FlagSettingsDialog</name>
        <message>
            <source>Flag settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How strong a symptom must be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“Mention at your next visit” from severity (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“Contact your care team promptly” from severity (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worse than your usual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points above your usual that count as worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days your usual is worked out from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days with a value needed before there is a usual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight loss of at least (percent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>…within this many days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fever</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“Contact your care team promptly” from a temperature of (°C; one typed in °F is converted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Episodes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calmer or unlogged days allowed inside one episode of a symptom (for “days in a row”, unlogged days only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{symptom}: days in a row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days in a row before a lasting symptom is flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These numbers decide when the app raises a flag. Each one is an app default — adjustable, not a medical rule. If you are unsure, keep the defaults, or ask your care team what suits you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>App default: {value} — adjustable, not a medical rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore app defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Cancelar</translation>
        </message>
        <message>
            <source>A temperature of {span} will no longer be flagged as a reason to contact your care team promptly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app's default of {default} °C is adjustable, not a medical rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A symptom you rate {span} (out of 10) will no longer be flagged as a reason to contact your care team promptly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It will still be flagged to mention at your next visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {mention} it will still be flagged to mention at your next visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app's default of {default} is where its scale calls a symptom severe; it is adjustable, not a medical rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of the “contact promptly” flags in this record so far would change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The one “contact promptly” flag in this record so far would no longer be raised that way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{lost} of the {promptly} “contact promptly” flags in this record so far would no longer be raised that way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the app's default?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the app's defaults?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you are unsure, keep the app's default, or ask your care team what suits you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you are unsure, keep the app's defaults, or ask your care team what suits you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the app's default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the app's defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change it anyway</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FlagsView</name>
        <message>
            <source>Flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you logged that the articles say is worth telling your care team about: one card per symptom, the most urgent first. Press “Why?” to read where this comes from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show open flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discussed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show discussed flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flag settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today has changes that are not saved yet. Flags show what is saved; save the day on Today to include them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Estado</translation>
        </message>
        <message>
            <source>Flagged symptoms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To tell your care team: 1 symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To tell your care team: {count} symptoms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>({count} promptly)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discussed with your care team: 1 symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discussed with your care team: {count} symptoms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No flag in this period is marked as discussed with your care team. When you have talked about a flag, press “Discussed with my care team…” on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing in your log is flagged for this period. Keep logging how you feel; if anything worries you, you can always contact your care team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{symptom} on {days} is marked as discussed. It comes back if it gets worse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The “discussed” mark on {symptom} was taken back; the flag is open again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryLegend</name>
        <message>
            <source>Chart key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryTable</name>
        <message>
            <source>About the table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History as a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was logged from {period} for the symptoms chosen. Choose a longer period or more symptoms, or log a day on Today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{period}. Each row is one week (Monday to Sunday): the average of the days logged, with the highest day in brackets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{period}. Each row is one month: the average of the days logged, with the highest day in brackets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{period}. Each row is one day you logged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each day shows the average of its entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each day shows its highest entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Week of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight ({unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{mean} (highest {highest})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature ({unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Not logged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {days} day(s) logged in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing flagged</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How your symptoms have changed over time, with treatments and appointments alongside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Estado</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as a chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save table (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the table as a CSV file, for a spreadsheet or your care team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save chart…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the chart as a PNG picture or an SVG drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ymptoms to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Symptoms to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Space to show or hide a symptom on the chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all &amp;logged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick every symptom logged in the period, and nothing else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clea&amp;r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untick every symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart is being drawn…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details of the chosen point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>symptom-history.png</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>symptom-history.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chart could not be saved as “{name}” in {folder} ({reason}). Nothing was changed. Please choose another folder, for example your Documents folder, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The table could not be saved as “{name}” in {folder} ({reason}). Nothing was changed. Please choose another folder, for example your Documents folder, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the chart as “{name}” in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the table as “{name}” in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing logged in this period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged in the period shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing logged for this in the period shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This date is in the future. Choose today or an earlier day; the chart still shows the last period chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first day is after the last day. Choose a first day on or before {last}; the chart still shows the last period chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Symptom chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the Left and Right arrow keys to move from point to point; Home and End go to the first and last. The details are read out below the chart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Symptom chart: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A lane for each symptom, top to bottom: {lanes}. Use the Left and Right arrow keys to move from point to point; Home and End go to the first and last. The details are read out below the chart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was logged in this period for the symptoms chosen. Choose a longer period or more symptoms, or log a day on Today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Point at a day on the chart, or click the chart and press the arrow keys, to read its value and note here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{when} — {series}: {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note: “{note}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries: {entries}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LaterDialog</name>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: when should Today ask again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In &amp;1 hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In &amp;2 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;At:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask again at</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Locked record</source>
            <translation>Registro bloqueado</translation>
        </message>
        <message>
            <source>This record is locked</source>
            <translation>Este registro está bloqueado</translation>
        </message>
        <message>
            <source>Type the record’s passphrase to go on. While the window stays open, everything is kept as you left it, including what is not saved yet.</source>
            <translation>Escriba la frase de contraseña del registro para continuar. Mientras la ventana siga abierta, todo se conserva tal como lo dejó, incluido lo que aún no se ha guardado.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Show the passphrase</source>
            <translation>&amp;Mostrar la frase de contraseña</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Mostrar la frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>A forgotten passphrase cannot be recovered, by anyone. Quitting is always safe for what is saved: it opens again with the passphrase (only changes not saved yet would be lost).</source>
            <translation>Nadie puede recuperar una frase de contraseña olvidada. Salir nunca pone en riesgo lo guardado: se vuelve a abrir con la frase de contraseña (solo se perderían los cambios aún no guardados).</translation>
        </message>
        <message>
            <source>This passphrase does not open the record. Please check it and try again.</source>
            <translation>Esta frase de contraseña no abre el registro. Revísela y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>LoggedDaysCalendar</name>
        <message>
            <source>Something was logged on this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged: contact your care team promptly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged: mention at your next visit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Demo record — changes are not kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clinic &amp;visit summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview, print or save as PDF a summary to bring to your appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the whole record as a file (JSON) to keep or move to another computer, or as spreadsheet files (CSV in a zip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import into a new record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Res&amp;tore from a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Flag settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About MBC Care Tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy diagnostic information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy technical details for a support request (no health details)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent records yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;{number}  {name}  ({folder})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MBC Care Tracker records (*{suffix});;All files (*)</source>
            <translation type="unfinished">Registros de MBC Care Tracker (*{suffix});;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Where should the new record be kept?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MBC Care Tracker records (*{suffix})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record was not opened</source>
            <translation type="unfinished">Este registro no se ha abierto</translation>
        </message>
        <message>
            <source>“{name}” could not be shown, so the app has not changed it. You can open one of its backups with File &gt; Open record… from the backups folder, or choose another record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the profile?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The profile has changes that are not saved yet. Save them now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished">Salir</translation>
        </message>
        <message>
            <source>“{name}” could not be opened ({reason}). Nothing in it was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was not opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy of the backup could not be made beside the record (is the disk full?). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still open elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished">Perfil</translation>
        </message>
        <message>
            <source>Receptor results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Treatments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{page} (Ctrl+{number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please choose another name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a file called “{name}” in that folder, so a new record cannot be made there. Nothing was changed. Please choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is no longer in {folder}. It may have been moved, renamed or deleted, so it has been taken off the recent list. If it was moved, you can open it from its new place with File &gt; Open record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was not made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup could not be made just now; the record itself was not changed. Please check that the disk has free space, then try File &gt; Back up now again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy of the record was made and checked. It is kept as “{name}” in the folder {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes on Today that are not saved yet are not in this copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Cancelar</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record will hold what the backup from {when} holds. A copy of the record as it is now is kept first, so you can go back to it the same way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be restored, so the record was left as it was. Please check that the disk has free space, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something unexpected stopped the restore. The record as it was just before is kept as a backup (“before a restore” in File &gt; Restore from a backup…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record now holds the backup from {when}. The record as it was just before is kept as a backup made {now} (“before a restore” in File &gt; Restore from a backup…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No record is open. Use File &gt; Open record… to choose one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record exports (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheet files, CSV in a zip (*.zip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the whole record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export could not be written to {file} ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record was exported for a spreadsheet to {file}: one CSV file per kind of data. They hold private health details: keep them somewhere safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole record was exported to {file}. It holds private health details: keep it somewhere safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes on Today that are not saved yet are not in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an exported record to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record exports (*.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported from {file}, and no record was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{summary}

The new record is {file}. Open it now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The units were not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About MBC Care Tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MBC Care Tracker {version}

A private diary of symptoms, treatments and appointments for people living with metastatic breast cancer and those who care for them.

Privacy: nothing you type leaves this computer. The app does not use the internet.

This record is kept in:
{record}

Backups are kept in:
{backups}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagnostic information copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technical details for a support request are now copied: you can paste them into an email or a message. They hold no health details (no names, notes, symptoms or values), only the versions of the app and its parts and the problems it met.

The diagnostic log is kept in:
{folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{who} ({file} in {folder})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{who}[*] — MBC Care Tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (reading only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (demo record — changes are not kept)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonthOverview</name>
        <message>
            <source>Month overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days of the month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days with something logged are bold and underlined; days with an open flag carry a triangle. Press Enter to open a day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days shown in bold, underlined and with a dot have something logged. A mark in the corner shows a day with an open flag: ▲ to contact your care team promptly, ○ to mention at your next visit. Click a day to open it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPassphraseDialog</name>
        <message>
            <source>Change the passphrase of “{name}”</source>
            <translation>Cambiar la frase de contraseña de «{name}»</translation>
        </message>
        <message>
            <source>Type the passphrase the record has now, then the new one twice. The backups made before keep the passphrase they were made with.</source>
            <translation>Escriba la frase de contraseña actual del registro y después la nueva dos veces. Las copias de seguridad anteriores conservan la frase de contraseña con la que se hicieron.</translation>
        </message>
        <message>
            <source>Protect the new record?</source>
            <translation>¿Proteger el nuevo registro?</translation>
        </message>
        <message>
            <source>The new record “{name}” can be protected with a passphrase from the start: then nobody can read it without the passphrase, even with the file in their hands. The passphrase is asked for each time the record is opened.</source>
            <translation>El nuevo registro «{name}» puede protegerse con una frase de contraseña desde el principio: así nadie podrá leerlo sin ella, aunque tenga el archivo. La frase de contraseña se pide cada vez que se abre el registro.</translation>
        </message>
        <message>
            <source>Protect “{name}” with a passphrase</source>
            <translation>Proteger «{name}» con una frase de contraseña</translation>
        </message>
        <message>
            <source>With a passphrase, nobody can read the record without it, even with the file in their hands. It is asked for each time the record is opened, and new backups are protected with it too.</source>
            <translation>Con una frase de contraseña, nadie puede leer el registro sin ella, aunque tenga el archivo. Se pide cada vez que se abre el registro, y las nuevas copias de seguridad también quedan protegidas con ella.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Frase de contraseña &amp;actual:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation>La misma frase de contraseña otra vez</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nueva frase de contraseña:</translation>
        </message>
        <message>
            <source>The same passphrase &amp;again:</source>
            <translation>La misma frase de contraseña &amp;otra vez:</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>&amp;Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Protect with this passphrase</source>
            <translation>&amp;Proteger con esta frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Keep it without a passphrase</source>
            <translation>&amp;Dejarlo sin frase de contraseña</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Please type the new one again.</source>
            <translation>Las dos frases de contraseña no coinciden. Vuelva a escribir la nueva.</translation>
        </message>
        <message>
            <source>Please type the passphrase the record has now.</source>
            <translation>Escriba la frase de contraseña actual del registro.</translation>
        </message>
        <message>
            <source>This is not the record's passphrase now. Nothing was changed; please try again.</source>
            <translation>Esta no es la frase de contraseña actual del registro. No se ha cambiado nada; vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>A forgotten passphrase cannot be recovered: nobody can open the record without it. Only an exported copy (File &gt; Export…) kept somewhere safe could bring the record back.</source>
            <translation>Una frase de contraseña olvidada no se puede recuperar: nadie puede abrir el registro sin ella. Solo una copia exportada (Archivo &gt; Exportar…) guardada en un lugar seguro podría recuperar el registro.</translation>
        </message>
        <message>
            <source>Passphrase for “{name}”</source>
            <translation>Frase de contraseña de «{name}»</translation>
        </message>
        <message>
            <source>The record “{name}” is protected with a passphrase. Please type it to open the record.</source>
            <translation>El registro «{name}» está protegido con una frase de contraseña. Escríbala para abrir el registro.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Please type the passphrase.</source>
            <translation>Escriba la frase de contraseña.</translation>
        </message>
        <message>
            <source>This passphrase does not open the record. Nothing in it was changed; please try again.</source>
            <translation>Esta frase de contraseña no abre el registro. No se ha cambiado nada en él; vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>PickDayDialog</name>
        <message>
            <source>Pick a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the day you want to see or change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open this day</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Units for {name}</source>
            <translation>Unidades de {name}</translation>
        </message>
        <message>
            <source>&amp;Weight in:</source>
            <translation>&amp;Peso en:</translation>
        </message>
        <message>
            <source>&amp;Temperature in:</source>
            <translation>&amp;Temperatura en:</translation>
        </message>
        <message>
            <source>These units are kept with {name}’s record. Values already saved are shown in the new units; nothing saved is changed.</source>
            <translation>Estas unidades se guardan en el registro de {name}. Los valores ya guardados se muestran en las nuevas unidades; no se cambia nada de lo guardado.</translation>
        </message>
        <message>
            <source>A day with several entries of a symptom</source>
            <translation>Un día con varias anotaciones de un síntoma</translation>
        </message>
        <message>
            <source>Its highest entry</source>
            <translation>La más alta del día</translation>
        </message>
        <message>
            <source>The average of its entries</source>
            <translation>La media del día</translation>
        </message>
        <message>
            <source>History and the summary show for a day</source>
            <translation>Lo que el historial y el resumen muestran de un día</translation>
        </message>
        <message>
            <source>History and the summary s&amp;how:</source>
            <translation>Historial y resumen &amp;muestran:</translation>
        </message>
        <message>
            <source>For a symptom logged more than once on a day. Flags always use the day’s highest.</source>
            <translation>Para un síntoma anotado más de una vez en un día. Los avisos siempre usan la más alta del día.</translation>
        </message>
        <message>
            <source>How the app looks on this computer</source>
            <translation>Aspecto de la aplicación en este ordenador</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>{size}%</source>
            <translation>{size} %</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation>Co&amp;lores:</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>Tamaño del te&amp;xto:</translation>
        </message>
        <message>
            <source>Privacy on this computer</source>
            <translation>Privacidad en este ordenador</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 minuto</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} minutos</translation>
        </message>
        <message>
            <source>Off (never lock by itself)</source>
            <translation>Desactivado (solo a mano)</translation>
        </message>
        <message>
            <source>Lock the window after this time without use</source>
            <translation>Bloquear la ventana tras este tiempo sin uso</translation>
        </message>
        <message>
            <source>&amp;Lock the window after:</source>
            <translation>&amp;Bloquear la ventana tras:</translation>
        </message>
        <message>
            <source>Only for records protected with a passphrase: after this long without use, the window hides everything until the passphrase is typed. What is not saved yet is kept. 10 minutes is the app’s own default; choose what suits you.</source>
            <translation>Solo para registros protegidos con una frase de contraseña: tras este tiempo sin uso, la ventana oculta todo hasta que se escriba la frase de contraseña. Lo que aún no se ha guardado se conserva. 10 minutos es el valor predeterminado, que puede cambiar.</translation>
        </message>
    </context>
    <context>
        <name>ProfileView</name>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>The facts of the illness that this record and its reports use. Only the name is needed; leave anything you do not know as “Not given”.</source>
            <translation>Los datos de la enfermedad que usan este registro y sus informes. Solo hace falta el nombre; deje lo que no sepa como «Sin indicar».</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>First name, or full name</source>
            <translation>Nombre, o nombre completo</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>&amp;Fecha de nacimiento:</translation>
        </message>
        <message>
            <source>Date of birth (optional)</source>
            <translation>Fecha de nacimiento (opcional)</translation>
        </message>
        <message>
            <source>&amp;Metastatic diagnosis:</source>
            <translation>Diagnóstico &amp;metastásico:</translation>
        </message>
        <message>
            <source>When metastatic disease was diagnosed (optional)</source>
            <translation>Cuándo se diagnosticó la enfermedad metastásica (opcional)</translation>
        </message>
        <message>
            <source>When the doctors found that the cancer had spread.</source>
            <translation>Cuándo vieron los médicos que el cáncer se había extendido.</translation>
        </message>
        <message>
            <source>How it was found: {choice}</source>
            <translation>Cómo se detectó: {choice}</translation>
        </message>
        <message>
            <source>How it was found:</source>
            <translation>Cómo se detectó:</translation>
        </message>
        <message>
            <source>F&amp;irst diagnosis:</source>
            <translation>P&amp;rimer diagnóstico:</translation>
        </message>
        <message>
            <source>First diagnosis, before it came back (optional)</source>
            <translation>Primer diagnóstico, antes de que volviera (opcional)</translation>
        </message>
        <message>
            <source>For a recurrence: when breast cancer was first found.</source>
            <translation>En una recidiva: cuándo se detectó el cáncer de mama por primera vez.</translation>
        </message>
        <message>
            <source>Where it has spread</source>
            <translation>Dónde se ha extendido</translation>
        </message>
        <message>
            <source>B&amp;one</source>
            <translation>&amp;Hueso</translation>
        </message>
        <message>
            <source>Lung</source>
            <translation>Pulmón</translation>
        </message>
        <message>
            <source>Li&amp;ver</source>
            <translation>Hí&amp;gado</translation>
        </message>
        <message>
            <source>B&amp;rain</source>
            <translation>&amp;Cerebro</translation>
        </message>
        <message>
            <source>Spread to: {site}</source>
            <translation>Extensión a: {site}</translation>
        </message>
        <message>
            <source>Other pla&amp;ces:</source>
            <translation>Otras &amp;zonas:</translation>
        </message>
        <message>
            <source>For example: lymph nodes, skin</source>
            <translation>Por ejemplo: ganglios linfáticos, piel</translation>
        </message>
        <message>
            <source>Other places it has spread to</source>
            <translation>Otras zonas a las que se ha extendido</translation>
        </message>
        <message>
            <source>Units and paper</source>
            <translation>Unidades y papel</translation>
        </message>
        <message>
            <source>Weight in</source>
            <translation>Peso en</translation>
        </message>
        <message>
            <source>Temperature in</source>
            <translation>Temperatura en</translation>
        </message>
        <message>
            <source>Paper size for printed reports</source>
            <translation>Tamaño del papel de los informes impresos</translation>
        </message>
        <message>
            <source>&amp;Weight in:</source>
            <translation>&amp;Peso en:</translation>
        </message>
        <message>
            <source>Temperature in:</source>
            <translation>Temperatura en:</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>Tamañ&amp;o del papel:</translation>
        </message>
        <message>
            <source>&amp;Save profile</source>
            <translation>G&amp;uardar perfil</translation>
        </message>
        <message>
            <source>Save the details above (Ctrl+S)</source>
            <translation>Guardar los datos de arriba (Ctrl+S)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>✓ Profile saved at {time}.</source>
            <translation>✓ Perfil guardado a las {time}.</translation>
        </message>
        <message>
            <source>You have changes that are not saved yet.</source>
            <translation>Tiene cambios que aún no se han guardado.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionActions</name>
        <message>
            <source>&amp;Protect with a passphrase…</source>
            <translation>&amp;Proteger con una frase de contraseña…</translation>
        </message>
        <message>
            <source>Make the record unreadable without a passphrase you choose</source>
            <translation>Hacer que el registro no se pueda leer sin una frase de contraseña que usted elige</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>Cam&amp;biar la frase de contraseña…</translation>
        </message>
        <message>
            <source>Re&amp;move protection…</source>
            <translation>&amp;Quitar la protección…</translation>
        </message>
        <message>
            <source>Backups made before are not protected</source>
            <translation>Las copias de seguridad anteriores no están protegidas</translation>
        </message>
        <message>
            <source>One backup made before the record was protected is not protected: anyone who can open the folder {folder} can read it.</source>
            <translation>Una copia de seguridad hecha antes de proteger el registro no está protegida: cualquiera que pueda abrir la carpeta {folder} puede leerla.</translation>
        </message>
        <message>
            <source>{count} backups made before the record was protected are not protected: anyone who can open the folder {folder} can read them.</source>
            <translation>{count} copias de seguridad hechas antes de proteger el registro no están protegidas: cualquiera que pueda abrir la carpeta {folder} puede leerlas.</translation>
        </message>
        <message>
            <source>They can be protected with the same passphrase now, or deleted. Backups made from now on are protected.</source>
            <translation>Ahora se pueden proteger con la misma frase de contraseña, o eliminar. Las copias de seguridad que se hagan a partir de ahora están protegidas.</translation>
        </message>
        <message>
            <source>Protect them</source>
            <translation>Protegerlas</translation>
        </message>
        <message>
            <source>Delete them…</source>
            <translation>Eliminarlas…</translation>
        </message>
        <message>
            <source>Keep them as they are</source>
            <translation>Dejarlas como están</translation>
        </message>
        <message>
            <source>The record was not protected</source>
            <translation>El registro no se ha protegido</translation>
        </message>
        <message>
            <source>The record is protected</source>
            <translation>El registro está protegido</translation>
        </message>
        <message>
            <source>“{name}” is now protected with the passphrase: nobody can read it without it. It is asked for each time the record is opened.</source>
            <translation>«{name}» está ahora protegido con la frase de contraseña: nadie puede leerlo sin ella. Se pide cada vez que se abre el registro.</translation>
        </message>
        <message>
            <source>A forgotten passphrase cannot be recovered. Only an exported copy (File &gt; Export…) kept somewhere safe could bring the record back.</source>
            <translation>Una frase de contraseña olvidada no se puede recuperar. Solo una copia exportada (Archivo &gt; Exportar…) guardada en un lugar seguro podría recuperar el registro.</translation>
        </message>
        <message>
            <source>The passphrase was not changed</source>
            <translation>La frase de contraseña no se ha cambiado</translation>
        </message>
        <message>
            <source>The passphrase of “{name}” was changed.</source>
            <translation>Se ha cambiado la frase de contraseña de «{name}».</translation>
        </message>
        <message>
            <source>The backups made before still open only with the old passphrase.</source>
            <translation>Las copias de seguridad anteriores siguen abriéndose solo con la frase de contraseña antigua.</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>Frase de contraseña cambiada</translation>
        </message>
        <message>
            <source>Without protection, anyone who can open the file “{name}” can read everything in it. To remove the protection, please type the passphrase.</source>
            <translation>Sin protección, cualquiera que pueda abrir el archivo «{name}» puede leer todo lo que contiene. Para quitar la protección, escriba la frase de contraseña.</translation>
        </message>
        <message>
            <source>&amp;Remove protection</source>
            <translation>&amp;Quitar la protección</translation>
        </message>
        <message>
            <source>Remove the protection of “{name}”?</source>
            <translation>¿Quitar la protección de «{name}»?</translation>
        </message>
        <message>
            <source>The protection was not removed</source>
            <translation>La protección no se ha quitado</translation>
        </message>
        <message>
            <source>“{name}” is a plain file again: anyone who can open it can read it.</source>
            <translation>«{name}» vuelve a ser un archivo sin protección: cualquiera que pueda abrirlo puede leerlo.</translation>
        </message>
        <message>
            <source>The backups made before are still protected and open only with the passphrase.</source>
            <translation>Las copias de seguridad anteriores siguen protegidas y solo se abren con la frase de contraseña.</translation>
        </message>
        <message>
            <source>Protection removed</source>
            <translation>Protección quitada</translation>
        </message>
        <message>
            <source>Something unexpected stopped the change, so the record was left as it was.</source>
            <translation>Algo inesperado detuvo el cambio, así que el registro se ha quedado como estaba.</translation>
        </message>
        <message>
            <source>Not every backup was protected</source>
            <translation>No se han protegido todas las copias de seguridad</translation>
        </message>
        <message>
            <source>Backups protected</source>
            <translation>Copias de seguridad protegidas</translation>
        </message>
        <message>
            <source>The backups made before are now protected with the same passphrase ({count} in all).</source>
            <translation>Las copias de seguridad anteriores están ahora protegidas con la misma frase de contraseña ({count} en total).</translation>
        </message>
        <message>
            <source>Delete the unprotected backups?</source>
            <translation>¿Eliminar las copias de seguridad sin protección?</translation>
        </message>
        <message>
            <source>The unprotected backups made before ({count} in all) will be deleted. A deleted backup cannot be brought back; the record itself and the protected backups are kept.</source>
            <translation>Se eliminarán las copias de seguridad anteriores sin protección ({count} en total). Una copia eliminada no se puede recuperar; el registro en sí y las copias protegidas se conservan.</translation>
        </message>
        <message>
            <source>Delete them</source>
            <translation>Eliminarlas</translation>
        </message>
        <message>
            <source>Not every backup was deleted</source>
            <translation>No se han eliminado todas las copias de seguridad</translation>
        </message>
        <message>
            <source>A backup in {folder} could not be deleted ({reason}). The others were.</source>
            <translation>No se ha podido eliminar una copia de seguridad de {folder} ({reason}). Las demás sí.</translation>
        </message>
        <message>
            <source>Backups deleted</source>
            <translation>Copias de seguridad eliminadas</translation>
        </message>
        <message>
            <source>The unprotected backups made before were deleted.</source>
            <translation>Se han eliminado las copias de seguridad anteriores sin protección.</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPanel</name>
        <message>
            <source>Questions to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add t&amp;hem to this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ot now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Space to tick a question off once it has been asked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New question:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a question and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ans&amp;wer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you were told (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer to the selected question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tic&amp;k off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an appointment in the list to see its questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For: {kind}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A question for: {kind}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New question for: {kind}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No questions yet. Write them down as they come to you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All questions ticked off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{open} of {total} still to ask.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ {question}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer: {answer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 question from an earlier visit was not answered yet — add it to this visit?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} questions from earlier visits were not answered yet — add them to this visit?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>and {more} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;it to this visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added {count} earlier questions to this visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added 1 earlier question to this visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed the question “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticked off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked as still to ask.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This appointment is no longer in the record. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;ve answer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>Open for reading only: this record is open in another window or command, so nothing can be saved here.</source>
            <translation>Abierto solo para lectura: este registro está abierto en otra ventana u orden, así que aquí no se puede guardar nada.</translation>
        </message>
        <message>
            <source>Open for changes</source>
            <translation>Abrir para hacer cambios</translation>
        </message>
        <message>
            <source>Try again to open the record for changes, once the other window closed it</source>
            <translation>Volver a intentar abrir el registro para hacer cambios, cuando la otra ventana lo haya cerrado</translation>
        </message>
    </context>
    <context>
        <name>ReadingPane</name>
        <message>
            <source>What the selected test means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a test in the list to see what its results mean.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sample}, {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: {articles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results that read differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{mark} This test reads differently from another one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something you may want to ask your care team about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{marker} unknown (not given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{marker} positive ({percent})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{marker} negative ({percent})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hormone receptor positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hormone receptor negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hormone receptor unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2-positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2-low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2-zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2-negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2 equivocal (not yet clear)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2 unknown (IHC and ISH disagree)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2 unknown (not given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subtype</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The results given for this test are not enough for the app to name a subtype.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In general, the articles say: {response}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the results mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ER, PR or HER2 result is given for this test yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guideline: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results as entered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2 IHC score:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2 ISH (FISH):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BRCA1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BRCA2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PD-L1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trop-2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceptorForm</name>
        <message>
            <source>Add a receptor test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit receptor test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date of the test:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date on the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metastatic: another place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sample:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the tested tissue came from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: pleura, ovary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Other place:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For “Metastatic: another place”: where the sample was taken from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number from 0 to 100. Leave it empty if it was not tested.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ER percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;ER (%):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PR percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;PR (%):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2 IHC score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2 &amp;IHC score:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“Not given” if it was not tested or you do not know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2 ISH (FISH) result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HER2 IS&amp;H (FISH):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BRCA&amp;1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BRCA&amp;2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PD-&amp;L1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Trop-2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please type a number from 0 to 100, such as 90, or leave it empty if it was not tested.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please type where the sample was taken from, or choose a place above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please choose the date of the test, as on the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This test is no longer in the record; it may have been deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceptorsView</name>
        <message>
            <source>the test of {day} ({sample})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No receptor results yet. Add a test with “Add test…” (Ctrl+N), using the figures on the pathology report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a test in the list to see what its results mean.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished">Sin indicar</translation>
        </message>
        <message>
            <source>IHC {ihc}, ISH: {ish}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>This form cannot be saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <source>&amp;Add {noun}…</source>
            <translation>Aña&amp;dir {noun}…</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>Edi&amp;tar…</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>De&amp;shacer eliminación</translation>
        </message>
        <message>
            <source>Add (Ctrl+N)</source>
            <translation>Añadir (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit the selected entry (Enter)</source>
            <translation>Editar el elemento seleccionado (Intro)</translation>
        </message>
        <message>
            <source>Delete the selected entry (Delete key)</source>
            <translation>Eliminar el elemento seleccionado (tecla Supr)</translation>
        </message>
        <message>
            <source>Bring back the last deleted entry (Ctrl+Z)</source>
            <translation>Recuperar el último elemento eliminado (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>Type to filter (Ctrl+F)</source>
            <translation>Filtrar (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter the list</source>
            <translation>Filtrar la lista</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Delete?</source>
            <translation>¿Eliminar?</translation>
        </message>
        <message>
            <source>Delete {what}? You can bring it back with Undo (Ctrl+Z).</source>
            <translation>¿Eliminar {what}? Puede recuperarlo con Deshacer (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Saved {what}.</source>
            <translation>Se ha guardado {what}.</translation>
        </message>
        <message>
            <source>Deleted {what}. Press Ctrl+Z or “Undo delete” to bring it back.</source>
            <translation>Se ha eliminado {what}. Pulse Ctrl+Z o «Deshacer eliminación» para recuperarlo.</translation>
        </message>
        <message>
            <source>Brought back {what}.</source>
            <translation>Se ha recuperado {what}.</translation>
        </message>
    </context>
    <context>
        <name>RecordProblemDialog</name>
        <message>
            <source>This record was not opened</source>
            <translation>Este registro no se ha abierto</translation>
        </message>
        <message>
            <source>Open the newest good backup</source>
            <translation>Abrir la copia de seguridad válida más reciente</translation>
        </message>
        <message>
            <source>Wait until it is closed</source>
            <translation>Esperar a que se cierre</translation>
        </message>
        <message>
            <source>Open for reading only</source>
            <translation>Abrir solo para lectura</translation>
        </message>
        <message>
            <source>Choose another record…</source>
            <translation>Elegir otro registro…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>“{name}” is not an MBC Care Tracker record. Nothing in it was changed.</source>
            <translation>«{name}» no es un registro de MBC Care Tracker. No se ha cambiado nada en él.</translation>
        </message>
        <message>
            <source>The record “{name}” could not be read safely, so the app has not changed it.</source>
            <translation>El registro «{name}» no se ha podido leer con seguridad, así que la aplicación no lo ha cambiado.</translation>
        </message>
        <message>
            <source>The file “{name}” holds no record (it is empty), so the app has not used it. Nothing in it was changed.</source>
            <translation>El archivo «{name}» no contiene ningún registro (está vacío), así que la aplicación no lo ha usado. No se ha cambiado nada en él.</translation>
        </message>
        <message>
            <source>Two windows changing one record would overwrite each other's entries. You can wait here until the other one closes it, or look at the record without changing it.</source>
            <translation>Si dos ventanas cambiaran un mismo registro, cada una sobrescribiría las anotaciones de la otra. Puede esperar aquí a que la otra lo cierre, o ver el registro sin cambiarlo.</translation>
        </message>
        <message>
            <source>You can look at the record without changing it, or choose another.</source>
            <translation>Puede ver el registro sin cambiarlo, o elegir otro.</translation>
        </message>
        <message>
            <source>A good backup from {when} can be opened instead. It opens as a copy beside the original, and the original file is kept as it is.</source>
            <translation>En su lugar se puede abrir una copia de seguridad válida del {when}. Se abre como una copia junto al original, y el archivo original se conserva tal como está.</translation>
        </message>
        <message>
            <source>You can choose another record. Records made by this app have names ending in .mbcrecord.</source>
            <translation>Puede elegir otro registro. Los registros creados por esta aplicación tienen nombres que terminan en .mbcrecord.</translation>
        </message>
        <message>
            <source>No good backup of it was found. The file is kept as it is; you can choose another record, or keep this file for someone who can help look at it.</source>
            <translation>No se ha encontrado ninguna copia de seguridad válida. El archivo se conserva tal como está; puede elegir otro registro, o guardar este archivo para alguien que pueda ayudar a revisarlo.</translation>
        </message>
        <message>
            <source>You can choose another record.</source>
            <translation>Puede elegir otro registro.</translation>
        </message>
    </context>
    <context>
        <name>ReminderCard</name>
        <message>
            <source>Due since {time}</source>
            <translation>Pendiente desde las {time}</translation>
        </message>
        <message>
            <source>Questions to ask:</source>
            <translation>Preguntas para hacer:</translation>
        </message>
        <message numerus="yes">
            <source>Snooze %n minutes</source>
            <translation>
                <numerusform>Posponer %n minuto</numerusform>
                <numerusform>Posponer %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <source>Hide this reminder for a while; it comes back</source>
            <translation>Ocultar este recordatorio un rato; volverá</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Hide this reminder; it does not come back</source>
            <translation>Ocultar este recordatorio; no volverá</translation>
        </message>
        <message>
            <source>Open Appointments</source>
            <translation>Abrir Citas</translation>
        </message>
        <message>
            <source>Open Today</source>
            <translation>Abrir Hoy</translation>
        </message>
    </context>
    <context>
        <name>ReminderController</name>
        <message>
            <source>Open MBC Care Tracker</source>
            <translation>Abrir MBC Care Tracker</translation>
        </message>
        <message>
            <source>What is due…</source>
            <translation>Lo pendiente…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Keep the reminders coming?</source>
            <translation>¿Seguir recibiendo recordatorios?</translation>
        </message>
        <message>
            <source>When the window is closed, MBC Care Tracker can stay in the system tray so that its reminders keep coming. Quit from the tray icon’s menu, or File &gt; Quit, whenever you like. You can change this in Edit &gt; Preferences.</source>
            <translation>Al cerrar la ventana, MBC Care Tracker puede quedarse en la bandeja del sistema para que sigan llegando sus recordatorios. Salga desde el menú del icono de la bandeja, o con Archivo &gt; Salir, cuando quiera. Puede cambiarlo en Editar &gt; Preferencias.</translation>
        </message>
        <message>
            <source>Keep in the tray</source>
            <translation>Quedarse en la bandeja</translation>
        </message>
        <message>
            <source>Quit when closed</source>
            <translation>Salir al cerrar</translation>
        </message>
        <message>
            <source>MBC Care Tracker: 1 reminder</source>
            <translation>MBC Care Tracker: 1 recordatorio</translation>
        </message>
        <message numerus="yes">
            <source>MBC Care Tracker: %n reminders</source>
            <translation>
                <numerusform>MBC Care Tracker: %n recordatorio</numerusform>
                <numerusform>MBC Care Tracker: %n recordatorios</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the reminders to answer, snooze or dismiss it.</source>
            <translation>Abra los recordatorios para responderlo, posponerlo o descartarlo.</translation>
        </message>
        <message>
            <source>Questions to ask: {questions}</source>
            <translation>Preguntas para hacer: {questions}</translation>
        </message>
    </context>
    <context>
        <name>ReminderPreferences</name>
        <message>
            <source>Reminders on this computer</source>
            <translation>Recordatorios en este ordenador</translation>
        </message>
        <message>
            <source>Daily &amp;check-in at</source>
            <translation>Anotación del &amp;día a las</translation>
        </message>
        <message>
            <source>Time of the daily check-in</source>
            <translation>Hora de la anotación del día</translation>
        </message>
        <message>
            <source>&amp;Doses when they are due</source>
            <translation>D&amp;osis cuando toca tomarlas</translation>
        </message>
        <message>
            <source>&amp;Appointments, the day before and an hour before</source>
            <translation>&amp;Citas, el día antes y una hora antes</translation>
        </message>
        <message>
            <source>Ask “How was this &amp;week?” on</source>
            <translation>Preguntar «¿Qué tal la &amp;semana?» el</translation>
        </message>
        <message>
            <source>Day of the weekly question</source>
            <translation>Día de la pregunta semanal</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>Snooze for</source>
            <translation>Posponer durante</translation>
        </message>
        <message>
            <source>S&amp;nooze for:</source>
            <translation>Pospo&amp;ner durante:</translation>
        </message>
        <message>
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation>Se&amp;guir en la bandeja al cerrar la ventana</translation>
        </message>
        <message>
            <source>&amp;Start at login (minimised to the tray)</source>
            <translation>&amp;Abrir al iniciar sesión (en la bandeja)</translation>
        </message>
        <message>
            <source>An appointment’s reminders list the questions still to ask. Nothing is ever sent anywhere: reminders are made on this computer. 20:00 and 15 minutes are the app’s own defaults; choose what suits you.</source>
            <translation>Los recordatorios de una cita muestran las preguntas pendientes. Nunca se envía nada: los recordatorios se crean en este ordenador. 20:00 y 15 minutos son valores predeterminados que puede cambiar.</translation>
        </message>
        <message>
            <source>This desktop has no system tray, so reminders show only in the app’s Reminders list while it is open.</source>
            <translation>Este escritorio no tiene bandeja del sistema: los recordatorios solo se ven en la lista Recordatorios mientras la aplicación está abierta.</translation>
        </message>
        <message>
            <source>This could not be changed ({problem}); nothing else was.</source>
            <translation>No se ha podido cambiar ({problem}); no se ha cambiado nada más.</translation>
        </message>
    </context>
    <context>
        <name>RemindersButton</name>
        <message numerus="yes">
            <source>Reminders: %n due</source>
            <translation>
                <numerusform>Recordatorios: %n pendiente</numerusform>
                <numerusform>Recordatorios: %n pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>What is due: doses, appointments, the daily check-in</source>
            <translation>Lo pendiente: dosis, citas, la anotación del día</translation>
        </message>
    </context>
    <context>
        <name>RemindersPanel</name>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>What is due now</source>
            <translation>Lo pendiente ahora</translation>
        </message>
        <message>
            <source>Nothing is due right now. Reminders of doses, appointments and the daily check-in appear here when their time comes.</source>
            <translation>No hay nada pendiente ahora mismo. Los recordatorios de dosis, citas y la anotación del día aparecen aquí cuando llega su hora.</translation>
        </message>
        <message>
            <source>Reminders are made on this computer from your record; nothing is ever sent anywhere. Choose which ones come, and when, in Edit &gt; Preferences.</source>
            <translation>Los recordatorios se crean en este ordenador a partir de su registro; nunca se envía nada a ningún sitio. Elija cuáles recibir, y cuándo, en Editar &gt; Preferencias.</translation>
        </message>
        <message>
            <source>Later today:</source>
            <translation>Más tarde hoy:</translation>
        </message>
    </context>
    <context>
        <name>RemoveDoseDialog</name>
        <message>
            <source>Take back this dose?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: take back this dose? Its record goes, with the scores {scores}; this cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Take it back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Each backup is a whole copy of the record, checked when it was made. Restoring one first keeps a copy of the record as it is now, so nothing is lost: you can always go back.</source>
            <translation>Cada copia de seguridad es una copia completa del registro, comprobada al hacerla. Antes de restaurar una, se guarda una copia del registro tal como está ahora, así que no se pierde nada: siempre puede volver atrás.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Days logged</source>
            <translation>Días anotados</translation>
        </message>
        <message>
            <source>Last day logged</source>
            <translation>Último día anotado</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>There are no backups of this record yet. The app makes one automatically when you close it after a change; File &gt; Back up now makes one at any time.</source>
            <translation>Todavía no hay copias de seguridad de este registro. La aplicación hace una automáticamente al cerrarla después de un cambio; Archivo &gt; Hacer copia de seguridad ahora hace una en cualquier momento.</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Semanas</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Meses</translation>
        </message>
        <message>
            <source>Automatic backups kept, the newest of each of the last:</source>
            <translation>Copias automáticas que se conservan, la más reciente de cada uno de los últimos:</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <source>These numbers are the app's defaults, which you can change. Backups you make yourself, and those made before an update or a restore, are always kept.</source>
            <translation>Estos números son valores predeterminados de la aplicación, que puede cambiar. Las copias que hace usted y las que se hacen antes de una actualización o una restauración se conservan siempre.</translation>
        </message>
        <message>
            <source>Restore this backup…</source>
            <translation>Restaurar esta copia…</translation>
        </message>
        <message>
            <source>Choose a backup file…</source>
            <translation>Elegir un archivo de copia…</translation>
        </message>
        <message>
            <source>A backup kept somewhere else, for example on a USB stick</source>
            <translation>Una copia de seguridad guardada en otro sitio, por ejemplo en una memoria USB</translation>
        </message>
        <message>
            <source>Automatic backups kept: {unit}</source>
            <translation>Copias automáticas que se conservan: {unit}</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automática</translation>
        </message>
        <message>
            <source>Made by you</source>
            <translation>Hecha por usted</translation>
        </message>
        <message>
            <source>Before an update of the app</source>
            <translation>Antes de una actualización de la aplicación</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otra</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>no se puede leer</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Choose a backup to restore</source>
            <translation>Elija una copia de seguridad para restaurar</translation>
        </message>
        <message>
            <source>MBC Care Tracker records (*{suffix});;All files (*)</source>
            <translation>Registros de MBC Care Tracker (*{suffix});;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>ScheduleFields</name>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app keeps what your care team prescribed; it never suggests doses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every day at set times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On and off in cycles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every N days or weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The schedule from {first} ended on {last}; the doses recorded are kept. Choose how it is taken only if it starts again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;When taken:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Da&amp;ys on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days o&amp;ff:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day 1 of cycle 1 is the day the schedule starts on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weeks</source>
            <translation type="unfinished">semanas</translation>
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished">días</translation>
        </message>
        <message>
            <source>Weeks or days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every how many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;very:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example 08:00, 20:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At t&amp;imes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The times of day, as your care team said; may be left empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example pain, nausea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Taken for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No least gap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least &amp;apart:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As your plan says; the app only reminds you of it, it never stops you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>as prescribed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example tablet, mg, ml</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished">Sin indicar</translation>
        </message>
        <message>
            <source>Schedule be&amp;gins on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes take &amp;effect from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The schedule since {day} stays for the days before, with every dose recorded. To correct it from its first day, choose {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule's &amp;last day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please give the day the schedule starts on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change can take effect from {day} at the earliest.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SeverityControl</name>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as not recorded (Delete key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SeverityLegend</name>
        <message>
            <source>Scale: 0 none, 1 to 3 mild, 4 to 6 moderate, 7 to 10 severe</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>{app} is already open for this data folder; its window was brought forward.</source>
            <translation>{app} ya está abierto para esta carpeta de datos; se ha traído su ventana al frente.</translation>
        </message>
        <message>
            <source>{app} seems to be open for this data folder but did not answer; opening another window.</source>
            <translation>{app} parece estar abierto para esta carpeta de datos, pero no ha respondido; se abre otra ventana.</translation>
        </message>
    </context>
    <context>
        <name>SkippedDialog</name>
        <message>
            <source>Dose skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: skipped. You can say why, if you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example felt sick, told to pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason (optional):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryDialog</name>
        <message>
            <source>Clinic visit summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A summary to print or bring to your appointment, from what you have logged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper: {paper} — change it in Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper: {paper} (as the computer’s region) — change it in Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Since last visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put back the suggested days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepared by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Me (the patient)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A &amp;caregiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caregiver’s name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to include</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (in the appendix)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an &amp;appendix at the end: the receptor readings in full and the notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receptor results and notes print here when they are ticked above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notes are printed in the appendix, when it is added below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See the pages on screen before printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Cerrar</translation>
        </message>
        <message>
            <source>You chose your own days. “Since last visit” puts back the suggested ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the clinic visit summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary could not be sent to the printer. Please check that it is switched on and try again, or save the summary as a PDF instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary was sent to {printer}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the summary as a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary could not be saved to {folder}: {reason}. Nothing was written. Try another folder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SymptomCard</name>
        <message>
            <source>Flagged once in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged {count} times in this period, the latest ongoing since {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flagged {count} times in this period, most recently {days}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you have not told your care team about it yet, tell them now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show 1 more time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show {count} more times</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SymptomChooser</name>
        <message>
            <source>Choose symptoms for Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the symptoms you want to log each day. Use Move up and Move down to set their order. Symptoms you untick keep their history; they are only hidden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tracked symptoms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add my own symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name of the symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: tingling fingers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add to the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save my choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} (happened or not)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TakenDialog</name>
        <message>
            <source>Dose taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: when did you take it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Taken at:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>The day's form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Previous day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next day ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a day…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No symptoms today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set every symptom below to 0 (none) and every event to no. You still press Save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the symptoms from the day before. You still press Save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose symptoms…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example {example}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note for this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything you want to remember, or to tell your care team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note for this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Estado</translation>
        </message>
        <message>
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No symptoms are chosen for Today. Press “Choose symptoms…” to pick some.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} — happened today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That day is in the future. You can open today or any past day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing what is saved for this day now. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved at {time}. Thank you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Weight ({unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Temperature ({unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A past day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All symptoms are set to none. Change anything that is not right, then save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No symptoms were logged on {day}, so there is nothing to copy. You can fill in this day below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied from {day}. Check the values, then save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This day was changed elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can save what you typed here instead, or look at what is saved now (what you typed here is then let go).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save mine instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show what is saved now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have changes to this day that are not saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Would you like to save them before moving on?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Don't save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TreatmentForm</name>
        <message>
            <source>Add a treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change a treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the kind of treatment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind of treatment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type or choose a medicine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Medicine or regimen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list holds the medicines the source articles name; any name can be typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;How it is given:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished">Sin indicar</translation>
        </message>
        <message>
            <source>&amp;Started:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A date after today is fine: the treatment is then shown as planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ongoing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;nded:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave as “Ongoing” while the treatment goes on (Delete empties it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reason stopped:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it went, what to remember…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation type="unfinished">N&amp;otas:</translation>
        </message>
        <message>
            <source>Please choose the kind of treatment (or “Other treatment or care”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please give the date the treatment started, or will start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{about}
From: {sources}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give an end date first; the reason goes with it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TreatmentTimeline</name>
        <message>
            <source>Treatment timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No treatments recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned from {days}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} – ongoing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ongoing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TreatmentsView</name>
        <message>
            <source>Treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Treatments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The treatments you are having and have had. Treatments often overlap; that is normal. Planned treatments can be added with a start date ahead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hover over a bar to see its dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Treatment timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now taking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current treatments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned treatments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, {details},</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({details})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} from {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} since {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now taking:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No current treatments recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned: {treatments}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{dose}, {pattern}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the treatment “{name}” started {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}
Notes: {notes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} (planned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ongoing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WaitForRecordDialog</name>
        <message>
            <source>Waiting for the record</source>
            <translation>Esperando el registro</translation>
        </message>
        <message>
            <source>“{name}” is open in another window or command. It will open here by itself as soon as it is closed there.</source>
            <translation>«{name}» está abierto en otra ventana u orden. Se abrirá aquí automáticamente en cuanto se cierre allí.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Esperando</translation>
        </message>
        <message>
            <source>Open for reading only</source>
            <translation>Abrir solo para lectura</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to MBC Care Tracker</source>
            <translation>Le damos la bienvenida a MBC Care Tracker</translation>
        </message>
        <message>
            <source>This record keeps a private diary of symptoms, treatments and appointments. Everything stays on this computer.</source>
            <translation>Este registro guarda un diario privado de síntomas, tratamientos y citas. Todo se queda en este ordenador.</translation>
        </message>
        <message>
            <source>Whose record is this?</source>
            <translation>¿De quién es este registro?</translation>
        </message>
        <message>
            <source>First name, or full name</source>
            <translation>Nombre, o nombre completo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>Date of birth (optional)</source>
            <translation>Fecha de nacimiento (opcional)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Date of &amp;birth (optional):</source>
            <translation>&amp;Fecha de nacimiento (opcional):</translation>
        </message>
        <message>
            <source>&amp;Weight in:</source>
            <translation>&amp;Peso en:</translation>
        </message>
        <message>
            <source>&amp;Temperature in:</source>
            <translation>&amp;Temperatura en:</translation>
        </message>
        <message>
            <source>Looking after more than one person? Each person gets a record of their own: you can make another one at any time with File &gt; New record.</source>
            <translation>¿Cuida de más de una persona? Cada persona tiene su propio registro: puede crear otro en cualquier momento con Archivo &gt; Nuevo registro.</translation>
        </message>
        <message>
            <source>Start my record</source>
            <translation>Empezar mi registro</translation>
        </message>
        <message>
            <source>This date is in the future. Please choose the date of birth, or leave it as “Not given”.</source>
            <translation>Esta fecha es futura. Elija la fecha de nacimiento, o déjela como «Sin indicar».</translation>
        </message>
        <message>
            <source>Please type the name of the person this record is for.</source>
            <translation>Escriba el nombre de la persona de este registro.</translation>
        </message>
    </context>
    <context>
        <name>WindowLock</name>
        <message>
            <source>&amp;Lock now</source>
            <translation>B&amp;loquear ahora</translation>
        </message>
        <message>
            <source>Hide everything until the record’s passphrase is typed</source>
            <translation>Ocultar todo hasta que se escriba la frase de contraseña del registro</translation>
        </message>
        <message>
            <source>Locked — {app}[*]</source>
            <translation>Bloqueado — {app}[*]</translation>
        </message>
        <message>
            <source>Quit without saving?</source>
            <translation>¿Salir sin guardar?</translation>
        </message>
        <message>
            <source>Some changes are not saved yet. If you quit now they will be lost; what is saved is safe. To keep the changes, unlock the record first and save them.</source>
            <translation>Algunos cambios aún no se han guardado. Si sale ahora, se perderán; lo guardado está a salvo. Para conservar los cambios, desbloquee primero el registro y guárdelos.</translation>
        </message>
        <message>
            <source>Quit and lose them</source>
            <translation>Salir y perderlos</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Quedarse</translation>
        </message>
    </context>
    <context>
        <name>_PassphraseForm</name>
        <message>
            <source>&amp;Show the passphrase</source>
            <translation>&amp;Mostrar la frase de contraseña</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Mostrar la frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
