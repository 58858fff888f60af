<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name />
        <message>
            <source>ExportWarning</source>
            <comment>The export</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ExportWarning</source>
            <comment>The saved chart</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ExportWarning</source>
            <comment>The saved table</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ExportWarning</source>
            <comment>The summary PDF</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ExportWarning</source>
            <comment>The calendar file</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ExportWarning</source>
            <comment>This file will not be protected</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ExportWarning</source>
            <comment>Go on</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ExportWarning</source>
            <comment>Cancel</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AfterDialog</name>
        <message>
            <source>{what}: how is {about} now (0 none, 10 worst)?</source>
            <translation>{what}: ¿cómo está ahora {about}? (0 nada, 10 lo peor)</translation>
        </message>
        <message>
            <source>Before the dose it was {before}.</source>
            <translation>Antes de la dosis era {before}.</translation>
        </message>
        <message>
            <source>How is it now?</source>
            <translation>¿Cómo está ahora?</translation>
        </message>
        <message>
            <source>Score after the dose</source>
            <translation>Puntuación después de la dosis</translation>
        </message>
        <message>
            <source>Please choose a number from 0 to 10, or Cancel.</source>
            <translation>Elija un número del 0 al 10, o Cancelar.</translation>
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
            <translation type="unfinished">Hora</translation>
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
            <translation>He tomado una dosis</translation>
        </message>
        <message>
            <source>{what}, as needed.</source>
            <translation>{what}, si lo necesita.</translation>
        </message>
        <message>
            <source>&amp;Taken at:</source>
            <translation>&amp;Tomada a las:</translation>
        </message>
        <message>
            <source>for example pain, nausea</source>
            <translation>por ejemplo dolor, náuseas</translation>
        </message>
        <message>
            <source>Taken &amp;for:</source>
            <translation>Tomada &amp;para:</translation>
        </message>
        <message>
            <source>the symptom</source>
            <translation>el síntoma</translation>
        </message>
        <message>
            <source>How strong is {about} now, before the dose (0 none, 10 worst)?</source>
            <translation>¿Qué intensidad tiene ahora {about}, antes de la dosis (0 nada, 10 lo peor)?</translation>
        </message>
        <message>
            <source>Score before the dose</source>
            <translation>Puntuación antes de la dosis</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> minutos</translation>
        </message>
        <message>
            <source>Do not ask</source>
            <translation>No preguntar</translation>
        </message>
        <message>
            <source>Ask how it is &amp;after:</source>
            <translation>Preguntar cómo sigue &amp;después de:</translation>
        </message>
        <message>
            <source>{minutes} minutes is an adjustable default of the app, not a medical rule.</source>
            <translation>{minutes} minutos es un valor predeterminado de la aplicación que puede cambiar, no una norma médica.</translation>
        </message>
    </context>
    <context>
        <name>CareTeamNotice</name>
        <message>
            <source>This app does not replace your care team. If you feel very unwell, contact them or emergency services.</source>
            <translation>Esta aplicación no sustituye a su equipo médico. Si se encuentra muy mal, contacte con ellos o con los servicios de urgencias.</translation>
        </message>
    </context>
    <context>
        <name>CareTeamPage</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For urgent problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Care team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The people and services you contact about your care, and how to reach them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chosen contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a contact to see all of their details here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone: {phone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number to call for urgent problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email: {email}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the contact “{name}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <source>New contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: Dr Lee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: Breast care nurse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call this number for &amp;urgent problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example a 24-hour line. Today shows this number when a day raises a “contact your care team promptly” flag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional. Digits and spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: when to call them, or who to ask for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This contact was deleted in the meantime, so it cannot be changed. Please cancel, then add it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DayEntries</name>
        <message>
            <source>{label}: did not happen</source>
            <translation>{label}: no ocurrió</translation>
        </message>
    </context>
    <context>
        <name>DayEntriesSection</name>
        <message>
            <source>Entries of this day</source>
            <translation>Anotaciones de este día</translation>
        </message>
        <message>
            <source>The scales above show each symptom's latest entry of the day. To keep another score from a different time, log it again here.</source>
            <translation>Las escalas de arriba muestran la última anotación del día de cada síntoma. Para guardar otra puntuación de otra hora, anótela de nuevo aquí.</translation>
        </message>
        <message>
            <source>No symptom entries saved for this day yet.</source>
            <translation>Todavía no hay anotaciones de síntomas guardadas para este día.</translation>
        </message>
        <message>
            <source>&amp;Log again at a time…</source>
            <translation>Anotar de nuevo a una &amp;hora…</translation>
        </message>
        <message>
            <source>Add another entry of a symptom, at the time it happened.</source>
            <translation>Añadir otra anotación de un síntoma, a la hora en que ocurrió.</translation>
        </message>
        <message>
            <source>Entries status</source>
            <translation>Estado de las anotaciones</translation>
        </message>
        <message>
            <source>&amp;Undo remove</source>
            <translation>&amp;Recuperar anotación</translation>
        </message>
        <message>
            <source>  (latest: on the scale above)</source>
            <translation>  (la última: en la escala de arriba)</translation>
        </message>
        <message>
            <source>Edit {entry}</source>
            <translation>Editar {entry}</translation>
        </message>
        <message>
            <source>Remove {entry}</source>
            <translation>Quitar {entry}</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Saved {entry}.</source>
            <translation>Guardado: {entry}.</translation>
        </message>
        <message>
            <source>Removed {entry}. Press “Undo remove” to bring it back.</source>
            <translation>Se ha quitado: {entry}. Pulse “Recuperar anotación” para traerla de vuelta.</translation>
        </message>
        <message>
            <source>Brought back {entry}.</source>
            <translation>Recuperado: {entry}.</translation>
        </message>
    </context>
    <context>
        <name>DiscussedDialog</name>
        <message>
            <source>Discussed with my care team</source>
            <translation>Comentado con mi equipo médico</translation>
        </message>
        <message>
            <source>{symptom}, {days}</source>
            <translation>{symptom}, {days}</translation>
        </message>
        <message>
            <source>Once it is marked as discussed, this flag stays quiet unless {symptom} gets worse than when you talked about it. You can undo the mark later.</source>
            <translation>Una vez marcado como comentado, este aviso no vuelve a aparecer salvo que {symptom} empeore respecto a cuando lo habló. Puede deshacer la marca más adelante.</translation>
        </message>
        <message>
            <source>&amp;Date you discussed it</source>
            <translation>&amp;Fecha en que lo habló</translation>
        </message>
        <message>
            <source>Date you discussed it</source>
            <translation>Fecha en que lo habló</translation>
        </message>
        <message>
            <source>&amp;Note (optional)</source>
            <translation>&amp;Nota (opcional)</translation>
        </message>
        <message>
            <source>for example, what your care team advised</source>
            <translation>por ejemplo, lo que le aconsejó su equipo médico</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>DoseDialog</name>
        <message>
            <source>That time has not come yet today; please give the time it was taken.</source>
            <translation>Esa hora todavía no ha llegado hoy; indique la hora a la que la tomó.</translation>
        </message>
    </context>
    <context>
        <name>DosesPanel</name>
        <message>
            <source>Medicines for this day</source>
            <translation>Medicamentos de este día</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>A cualquier hora</translation>
        </message>
        <message>
            <source>Taken at {time}</source>
            <translation>Tomada a las {time}</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Tomada</translation>
        </message>
        <message>
            <source>Skipped: {reason}</source>
            <translation>Omitida: {reason}</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitida</translation>
        </message>
        <message>
            <source>Put off until {time}</source>
            <translation>Aplazada hasta las {time}</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin anotar</translation>
        </message>
        <message>
            <source>Due at {time}</source>
            <translation>Pendiente a las {time}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <source>I took a dose…</source>
            <translation>He tomado una dosis…</translation>
        </message>
        <message>
            <source>Your plan says at least {gap} between doses; the last was at {time}.</source>
            <translation>Su plan indica al menos {gap} entre dosis; la última fue a las {time}.</translation>
        </message>
        <message>
            <source>Your plan says at least {gap} between doses; the last was yesterday at {time}.</source>
            <translation>Su plan indica al menos {gap} entre dosis; la última fue ayer a las {time}.</translation>
        </message>
        <message>
            <source>Your plan says at least {gap} between doses; the last was on {day} at {time}.</source>
            <translation>Su plan indica al menos {gap} entre dosis; la última fue el {day} a las {time}.</translation>
        </message>
        <message>
            <source>Taken for {reason}</source>
            <translation>Tomada para {reason}</translation>
        </message>
        <message>
            <source>before: {score}</source>
            <translation>antes: {score}</translation>
        </message>
        <message>
            <source>after: {score}</source>
            <translation>después: {score}</translation>
        </message>
        <message>
            <source>It is time to say how it is now.</source>
            <translation>Es hora de decir cómo está ahora.</translation>
        </message>
        <message>
            <source>Today asks how it is at {time}.</source>
            <translation>Se le preguntará cómo está a las {time}.</translation>
        </message>
        <message>
            <source>Today asks how it is on {day} at {time}.</source>
            <translation>Se le preguntará cómo está el {day} a las {time}.</translation>
        </message>
        <message>
            <source>How is it now?</source>
            <translation>¿Cómo está ahora?</translation>
        </message>
        <message>
            <source>Score after…</source>
            <translation>Puntuación después…</translation>
        </message>
        <message>
            <source>1 point lower</source>
            <translation>1 punto menos</translation>
        </message>
        <message>
            <source>1 point higher</source>
            <translation>1 punto más</translation>
        </message>
        <message numerus="yes">
            <source>%n points lower</source>
            <translation>
                <numerusform>%n punto menos</numerusform>
                <numerusform>%n puntos menos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n points higher</source>
            <translation>
                <numerusform>%n punto más</numerusform>
                <numerusform>%n puntos más</numerusform>
            </translation>
        </message>
        <message>
            <source>no change</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>it</source>
            <translation>el síntoma</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>Nothing was saved: {message}</source>
            <translation>No se ha guardado nada: {message}</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Change an entry</source>
            <translation>Cambiar una anotación</translation>
        </message>
        <message>
            <source>Log again at a time</source>
            <translation>Anotar de nuevo a una hora</translation>
        </message>
        <message>
            <source>S&amp;ymptom</source>
            <translation>&amp;Síntoma</translation>
        </message>
        <message>
            <source>Symptom</source>
            <translation>Síntoma</translation>
        </message>
        <message>
            <source>Day of the entry</source>
            <translation>Día de la anotación</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>&amp;Score</source>
            <translation>&amp;Puntuación</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Did it happen?</source>
            <translation>¿Ocurrió?</translation>
        </message>
        <message>
            <source>&amp;Yes, it happened</source>
            <translation>Sí, ocu&amp;rrió</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;ote (optional)</source>
            <translation>N&amp;ota (opcional)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>for example, what you were doing</source>
            <translation>por ejemplo, qué estaba haciendo</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Score for {symptom}</source>
            <translation>Puntuación de {symptom}</translation>
        </message>
        <message>
            <source>Choose a symptom from the list.</source>
            <translation>Elija un síntoma de la lista.</translation>
        </message>
        <message>
            <source>Choose a score from 0 (none) to 10.</source>
            <translation>Elija una puntuación de 0 (nada) a 10.</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy a short technical note for a support request. It holds no health details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app met a problem it did not expect and stopped what it was doing. You can carry on using it. If this happens again, “Copy details” copies a short note you can send with a support request; it holds no health details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved; your record is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was saved before is kept, but the last thing you did may not have finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please check that your last change is there, and make it again if not.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It happened once more since.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It happened {count} more times since.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The details could not be copied just now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied. You can paste it into an email or a message for a support request.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Nothing was saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportWarning</name>
        <message>
            <source>Your record is protected with a passphrase, but the passphrase does not go with this file. {what} will be an ordinary file that anyone who can open it can read. Keep it somewhere safe, and delete it when you no longer need it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FlagBanner</name>
        <message>
            <source>Flag</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>See why</source>
            <translation>Ver por qué</translation>
        </message>
        <message>
            <source>See why this day is flagged</source>
            <translation>Ver por qué hay un aviso este día</translation>
        </message>
        <message>
            <source>For this day: contact your care team promptly about {symptoms}.</source>
            <translation>Este día: contacte pronto con su equipo médico por {symptoms}.</translation>
        </message>
        <message>
            <source>Also to mention at your next visit: {symptoms}.</source>
            <translation>Para comentar también en su próxima visita: {symptoms}.</translation>
        </message>
        <message>
            <source>For this day: mention {symptoms} to your care team at your next visit.</source>
            <translation>Este día: comente {symptoms} a su equipo médico en su próxima visita.</translation>
        </message>
        <message>
            <source>Tick your care team's number for urgent problems in Profile, Care team, to have it here.</source>
            <translation>Marque en Perfil, Equipo médico, el número de su equipo para problemas urgentes y aparecerá aquí.</translation>
        </message>
        <message>
            <source>Call {who}: {phone}</source>
            <translation>Llame a {who}: {phone}</translation>
        </message>
        <message>
            <source>or {who}: {phone}</source>
            <translation>o a {who}: {phone}</translation>
        </message>
    </context>
    <context>
        <name>FlagCard</name>
        <message>
            <source>{symptom}, {days}</source>
            <translation>{symptom}, {days}</translation>
        </message>
        <message>
            <source>✓ Discussed with your care team on {day}.</source>
            <translation>✓ Comentado con su equipo médico el {day}.</translation>
        </message>
        <message>
            <source>Your note: “{note}”</source>
            <translation>Su nota: “{note}”</translation>
        </message>
        <message>
            <source>It has happened again since, so it is worth mentioning again.</source>
            <translation>Ha vuelto a ocurrir desde entonces, así que conviene comentarlo de nuevo.</translation>
        </message>
        <message>
            <source>It has been worse since, so it is worth mentioning again.</source>
            <translation>Ha empeorado desde entonces, así que conviene comentarlo de nuevo.</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>¿Por qué?</translation>
        </message>
        <message>
            <source>Why {symptom} is flagged</source>
            <translation>Por qué hay un aviso de {symptom}</translation>
        </message>
        <message>
            <source>Discussed with my care team…</source>
            <translation>Comentado con mi equipo médico…</translation>
        </message>
        <message>
            <source>Mark {symptom}, {days}, as discussed with my care team</source>
            <translation>Marcar {symptom}, {days}, como comentado con mi equipo médico</translation>
        </message>
        <message>
            <source>Undo “discussed”</source>
            <translation>Deshacer “comentado”</translation>
        </message>
        <message>
            <source>Why this is worth telling your care team</source>
            <translation>Por qué conviene decírselo a su equipo médico</translation>
        </message>
        <message>
            <source>From the article(s):</source>
            <translation>Del artículo o artículos:</translation>
        </message>
        <message>
            <source>Evidence for the “worse than your usual” rule: {evidence}</source>
            <translation>Base de la regla “peor de lo habitual”: {evidence}</translation>
        </message>
        <message>
            <source>Ongoing since {day}</source>
            <translation>Continúa desde el {day}</translation>
        </message>
        <message>
            <source>Hide why</source>
            <translation>Ocultar por qué</translation>
        </message>
    </context>
    <context>
        <name>FlagSettingsDialog</name>
        <message>
            <source>Flag settings</source>
            <translation>Ajustes de avisos</translation>
        </message>
        <message>
            <source>How strong a symptom must be</source>
            <translation>Qué intensidad debe tener un síntoma</translation>
        </message>
        <message>
            <source>“Mention at your next visit” from severity (0–10)</source>
            <translation>“Coméntelo en su próxima visita” a partir de una intensidad de (0–10)</translation>
        </message>
        <message>
            <source>“Contact your care team promptly” from severity (0–10)</source>
            <translation>“Contacte pronto con su equipo médico” a partir de una intensidad de (0–10)</translation>
        </message>
        <message>
            <source>Worse than your usual</source>
            <translation>Peor de lo habitual</translation>
        </message>
        <message>
            <source>Points above your usual that count as worse</source>
            <translation>Puntos por encima de lo habitual que cuentan como peor</translation>
        </message>
        <message>
            <source>Days your usual is worked out from</source>
            <translation>Días con los que se calcula lo habitual</translation>
        </message>
        <message>
            <source>Days with a value needed before there is a usual</source>
            <translation>Días con un valor necesarios para que haya un valor habitual</translation>
        </message>
        <message>
            <source>Weight loss</source>
            <translation>Pérdida de peso</translation>
        </message>
        <message>
            <source>Weight loss of at least (percent)</source>
            <translation>Pérdida de peso de al menos (porcentaje)</translation>
        </message>
        <message>
            <source>…within this many days</source>
            <translation>…en este número de días</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>Fiebre</translation>
        </message>
        <message>
            <source>“Contact your care team promptly” from a temperature of (°C; one typed in °F is converted)</source>
            <translation>“Contacte pronto con su equipo médico” a partir de una temperatura de (°C; si la escribe en °F se convierte)</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>Episodios</translation>
        </message>
        <message>
            <source>Calmer or unlogged days allowed inside one episode of a symptom (for “days in a row”, unlogged days only)</source>
            <translation>Días más tranquilos o sin anotar permitidos dentro de un mismo episodio de un síntoma (para “varios días seguidos”, solo días sin anotar)</translation>
        </message>
        <message>
            <source>{symptom}: days in a row</source>
            <translation>{symptom}: días seguidos</translation>
        </message>
        <message>
            <source>Days in a row before a lasting symptom is flagged</source>
            <translation>Días seguidos antes de que un síntoma persistente genere un aviso</translation>
        </message>
        <message>
            <source>These numbers decide when the app raises a flag. Each one is an app default — adjustable, not a medical rule. If you are unsure, keep the defaults, or ask your care team what suits you.</source>
            <translation>Estos números deciden cuándo la aplicación muestra un aviso. Cada uno es un valor predeterminado de la aplicación que puede cambiar, no una norma médica. Si tiene dudas, mantenga los valores predeterminados o pregunte a su equipo médico qué le conviene.</translation>
        </message>
        <message>
            <source>App default: {value} — adjustable, not a medical rule</source>
            <translation>Predeterminado: {value} (puede cambiarlo, no es una norma médica)</translation>
        </message>
        <message>
            <source>&amp;Restore app defaults</source>
            <translation>&amp;Restaurar los predeterminados</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{value} °C</source>
            <translation>{value} °C</translation>
        </message>
        <message>
            <source>{low} to {high} °C</source>
            <translation>{low} a {high} °C</translation>
        </message>
        <message>
            <source>A temperature of {span} will no longer be flagged as a reason to contact your care team promptly.</source>
            <translation>Una temperatura de {span} dejará de dar un aviso para contactar pronto con su equipo médico.</translation>
        </message>
        <message>
            <source>The app's default of {default} °C is adjustable, not a medical rule.</source>
            <translation>El valor predeterminado de la aplicación, {default} °C, puede cambiarse; no es una norma médica.</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} a {high}</translation>
        </message>
        <message>
            <source>A symptom you rate {span} (out of 10) will no longer be flagged as a reason to contact your care team promptly.</source>
            <translation>Un síntoma que puntúe {span} (de 10) dejará de dar un aviso para contactar pronto con su equipo médico.</translation>
        </message>
        <message>
            <source>It will still be flagged to mention at your next visit.</source>
            <translation>Seguirá dando un aviso para comentarlo en su próxima visita.</translation>
        </message>
        <message>
            <source>From {mention} it will still be flagged to mention at your next visit.</source>
            <translation>A partir de {mention} seguirá dando un aviso para comentarlo en su próxima visita.</translation>
        </message>
        <message>
            <source>The app's default of {default} is where its scale calls a symptom severe; it is adjustable, not a medical rule.</source>
            <translation>El valor predeterminado de la aplicación, {default}, es donde su escala considera grave un síntoma; puede cambiarse, no es una norma médica.</translation>
        </message>
        <message>
            <source>None of the “contact promptly” flags in this record so far would change.</source>
            <translation>Ninguno de los avisos de “contacte pronto” de este registro cambiaría.</translation>
        </message>
        <message>
            <source>The one “contact promptly” flag in this record so far would no longer be raised that way.</source>
            <translation>El único aviso de “contacte pronto” de este registro dejaría de darse así.</translation>
        </message>
        <message>
            <source>{lost} of the {promptly} “contact promptly” flags in this record so far would no longer be raised that way.</source>
            <translation>{lost} de los {promptly} avisos de “contacte pronto” de este registro dejarían de darse así.</translation>
        </message>
        <message>
            <source>Keep the app's default?</source>
            <translation>¿Mantener el valor predeterminado?</translation>
        </message>
        <message>
            <source>Keep the app's defaults?</source>
            <translation>¿Mantener los valores predeterminados?</translation>
        </message>
        <message>
            <source>If you are unsure, keep the app's default, or ask your care team what suits you.</source>
            <translation>Si tiene dudas, mantenga el valor predeterminado de la aplicación o pregunte a su equipo médico qué le conviene.</translation>
        </message>
        <message>
            <source>If you are unsure, keep the app's defaults, or ask your care team what suits you.</source>
            <translation>Si tiene dudas, mantenga los valores predeterminados de la aplicación o pregunte a su equipo médico qué le conviene.</translation>
        </message>
        <message>
            <source>Keep the app's default</source>
            <translation>Mantener el predeterminado</translation>
        </message>
        <message>
            <source>Keep the app's defaults</source>
            <translation>Mantener los predeterminados</translation>
        </message>
        <message>
            <source>Change it anyway</source>
            <translation>Cambiarlo de todos modos</translation>
        </message>
    </context>
    <context>
        <name>FlagsView</name>
        <message>
            <source>Flags</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <source>What you logged that the articles say is worth telling your care team about: one card per symptom, the most urgent first. Press “Why?” to read where this comes from.</source>
            <translation>Lo que ha anotado que, según los artículos, conviene contar a su equipo médico: una tarjeta por síntoma, primero lo más urgente. Pulse “¿Por qué?” para ver de dónde viene.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abiertos</translation>
        </message>
        <message>
            <source>Show open flags</source>
            <translation>Mostrar los avisos abiertos</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation>Comentados</translation>
        </message>
        <message>
            <source>Show discussed flags</source>
            <translation>Mostrar los avisos comentados</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Show all flags</source>
            <translation>Mostrar todos los avisos</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Periodo:</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Últimos 90 días</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Flag settings…</source>
            <translation>Ajustes de avisos…</translation>
        </message>
        <message>
            <source>Today has changes that are not saved yet. Flags show what is saved; save the day on Today to include them.</source>
            <translation>La página Hoy tiene cambios sin guardar. Los avisos muestran lo guardado; guarde el día en Hoy para incluirlos.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Flagged symptoms</source>
            <translation>Síntomas con aviso</translation>
        </message>
        <message>
            <source>To tell your care team: 1 symptom</source>
            <translation>Para contar a su equipo médico: 1 síntoma</translation>
        </message>
        <message numerus="yes">
            <source>To tell your care team: %n symptoms</source>
            <translation>
                <numerusform>Para contar a su equipo médico: %n síntoma</numerusform>
                <numerusform>Para contar a su equipo médico: %n síntomas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n promptly)</source>
            <translation>
                <numerusform>(%n para contactar pronto)</numerusform>
                <numerusform>(%n para contactar pronto)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Discussed with your care team: %n symptoms</source>
            <translation>
                <numerusform>Comentado con su equipo médico: %n síntoma</numerusform>
                <numerusform>Comentados con su equipo médico: %n síntomas</numerusform>
            </translation>
        </message>
        <message>
            <source>Discussed with your care team: 1 symptom</source>
            <translation>Comentado con su equipo médico: 1 síntoma</translation>
        </message>
        <message>
            <source>No flag in this period is marked as discussed with your care team. When you have talked about a flag, press “Discussed with my care team…” on it.</source>
            <translation>Ningún aviso de este periodo está marcado como comentado con su equipo médico. Cuando haya hablado de un aviso, pulse en él “Comentado con mi equipo médico…”.</translation>
        </message>
        <message>
            <source>Nothing in your log is flagged for this period. Keep logging how you feel; if anything worries you, you can always contact your care team.</source>
            <translation>No hay avisos en sus anotaciones de este periodo. Siga anotando cómo se encuentra; si algo le preocupa, siempre puede contactar con su equipo médico.</translation>
        </message>
        <message>
            <source>{symptom} on {days} is marked as discussed. It comes back if it gets worse.</source>
            <translation>{symptom} ({days}) está marcado como comentado. Volverá a aparecer si empeora.</translation>
        </message>
        <message>
            <source>The “discussed” mark on {symptom} was taken back; the flag is open again.</source>
            <translation>Se ha quitado la marca de “comentado” de {symptom}; el aviso vuelve a estar abierto.</translation>
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
            <translation type="unfinished">Cada día muestra la media de sus anotaciones.</translation>
        </message>
        <message>
            <source>Each day shows its highest entry.</source>
            <translation type="unfinished">Cada día muestra su anotación más alta.</translation>
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
            <translation type="unfinished">Nota</translation>
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
            <translation type="unfinished">Historial</translation>
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
            <translation type="unfinished">&amp;Periodo:</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished">Últimos 30 días</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation type="unfinished">Últimos 90 días</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation type="unfinished">Último año</translation>
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished">Todos</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished">Periodo</translation>
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
            <translation>Más tarde</translation>
        </message>
        <message>
            <source>{what}: when should Today ask again?</source>
            <translation>{what}: ¿cuándo se lo volvemos a preguntar?</translation>
        </message>
        <message>
            <source>In &amp;1 hour</source>
            <translation>En &amp;1 hora</translation>
        </message>
        <message>
            <source>In &amp;2 hours</source>
            <translation>En &amp;2 horas</translation>
        </message>
        <message>
            <source>&amp;At:</source>
            <translation>&amp;A las:</translation>
        </message>
        <message>
            <source>Ask again at</source>
            <translation>Volver a preguntar a las</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Locked record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the record’s passphrase to go on. While the window stays open, everything is kept as you left it, including what is not saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A forgotten passphrase cannot be recovered, by anyone. Quitting is always safe for what is saved: it opens again with the passphrase (only changes not saved yet would be lost).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This passphrase does not open the record. Please check it and try again.</source>
            <translation type="unfinished" />
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
            <translation>Registro de demostración: los cambios no se guardan</translation>
        </message>
        <message>
            <source>Opening the record…</source>
            <translation>Abriendo el registro…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New record…</source>
            <translation>&amp;Nuevo registro…</translation>
        </message>
        <message>
            <source>&amp;Open record…</source>
            <translation>&amp;Abrir registro…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>Clinic &amp;visit summary…</source>
            <translation>Resumen para la &amp;consulta…</translation>
        </message>
        <message>
            <source>Preview, print or save as PDF a summary to bring to your appointment</source>
            <translation>Ver, imprimir o guardar en PDF un resumen para llevar a su cita</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Save the whole record as a file (JSON) to keep or move to another computer, or as spreadsheet files (CSV in a zip)</source>
            <translation>Guardar todo el registro en un archivo (JSON) para conservarlo o pasarlo a otro ordenador, o en archivos de hoja de cálculo (CSV en un zip)</translation>
        </message>
        <message>
            <source>&amp;Import into a new record…</source>
            <translation>&amp;Importar en un registro nuevo…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Hacer copia de seguridad a&amp;hora</translation>
        </message>
        <message>
            <source>Res&amp;tore from a backup…</source>
            <translation>Res&amp;taurar una copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>&amp;Flag settings…</source>
            <translation>&amp;Ajustes de avisos…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;About MBC Care Tracker</source>
            <translation>&amp;Acerca de MBC Care Tracker</translation>
        </message>
        <message>
            <source>&amp;Copy diagnostic information</source>
            <translation>&amp;Copiar información de diagnóstico</translation>
        </message>
        <message>
            <source>Copy technical details for a support request (no health details)</source>
            <translation>Copiar datos técnicos para una solicitud de ayuda (sin datos de salud)</translation>
        </message>
        <message>
            <source>No recent records yet</source>
            <translation>Todavía no hay registros recientes</translation>
        </message>
        <message>
            <source>&amp;{number}  {name}  ({folder})</source>
            <translation>&amp;{number}  {name}  ({folder})</translation>
        </message>
        <message>
            <source>Open a record</source>
            <translation>Abrir un registro</translation>
        </message>
        <message>
            <source>MBC Care Tracker records (*{suffix});;All files (*)</source>
            <translation>Registros de MBC Care Tracker (*{suffix});;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Where should the new record be kept?</source>
            <translation>¿Dónde quiere guardar el registro nuevo?</translation>
        </message>
        <message>
            <source>MBC Care Tracker records (*{suffix})</source>
            <translation>Registros de MBC Care Tracker (*{suffix})</translation>
        </message>
        <message>
            <source>This record was not opened</source>
            <translation>No se ha abierto este registro</translation>
        </message>
        <message>
            <source>“{name}” could not be shown, so the app has not changed it. You can open one of its backups with File &gt; Open record… from the backups folder, or choose another record.</source>
            <translation>No se ha podido mostrar “{name}”, así que la aplicación no lo ha modificado. Puede abrir una de sus copias de seguridad con Archivo &gt; Abrir registro… desde la carpeta de copias, o elegir otro registro.</translation>
        </message>
        <message>
            <source>Save the profile?</source>
            <translation>¿Guardar el perfil?</translation>
        </message>
        <message>
            <source>The profile has changes that are not saved yet. Save them now?</source>
            <translation>El perfil tiene cambios sin guardar. ¿Quiere guardarlos ahora?</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>“{name}” could not be opened ({reason}). Nothing in it was changed.</source>
            <translation>No se ha podido abrir “{name}” ({reason}). No se ha cambiado nada en él.</translation>
        </message>
        <message>
            <source>The backup was not opened</source>
            <translation>No se ha abierto la copia de seguridad</translation>
        </message>
        <message>
            <source>A copy of the backup could not be made beside the record (is the disk full?). Nothing was changed.</source>
            <translation>No se ha podido hacer una copia de la copia de seguridad junto al registro (¿está lleno el disco?). No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Still open elsewhere</source>
            <translation>Sigue abierto en otro lugar</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Receptor results</source>
            <translation>Resultados de receptores</translation>
        </message>
        <message>
            <source>Treatments</source>
            <translation>Tratamientos</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Citas</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>{page} (Ctrl+{number})</source>
            <translation>{page} (Ctrl+{number})</translation>
        </message>
        <message>
            <source>Please choose another name</source>
            <translation>Elija otro nombre</translation>
        </message>
        <message>
            <source>There is already a file called “{name}” in that folder, so a new record cannot be made there. Nothing was changed. Please choose another name.</source>
            <translation>Ya hay un archivo llamado “{name}” en esa carpeta, así que no se puede crear allí un registro nuevo. No se ha cambiado nada. Elija otro nombre.</translation>
        </message>
        <message>
            <source>Record not found</source>
            <translation>No se encuentra el registro</translation>
        </message>
        <message>
            <source>“{name}” is no longer in {folder}. It may have been moved, renamed or deleted, so it has been taken off the recent list. If it was moved, you can open it from its new place with File &gt; Open record…</source>
            <translation>“{name}” ya no está en {folder}. Puede que se haya movido, cambiado de nombre o eliminado, así que se ha quitado de la lista de recientes. Si se movió, puede abrirlo desde su nuevo lugar con Archivo &gt; Abrir registro…</translation>
        </message>
        <message>
            <source>The backup was not made</source>
            <translation>No se ha hecho la copia de seguridad</translation>
        </message>
        <message>
            <source>A backup could not be made just now; the record itself was not changed. Please check that the disk has free space, then try File &gt; Back up now again.</source>
            <translation>No se ha podido hacer una copia de seguridad ahora; el registro no ha cambiado. Compruebe que el disco tiene espacio libre y vuelva a probar Archivo &gt; Hacer copia de seguridad ahora.</translation>
        </message>
        <message>
            <source>A copy of the record was made and checked. It is kept as “{name}” in the folder {folder}</source>
            <translation>Se ha hecho y comprobado una copia del registro. Está guardada como “{name}” en la carpeta {folder}</translation>
        </message>
        <message>
            <source>Changes on Today that are not saved yet are not in this copy.</source>
            <translation>Los cambios de la página Hoy que aún no se han guardado no están en esta copia.</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Copia de seguridad hecha</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia de seguridad?</translation>
        </message>
        <message>
            <source>The record will hold what the backup from {when} holds. A copy of the record as it is now is kept first, so you can go back to it the same way.</source>
            <translation>El registro tendrá lo que contiene la copia de seguridad del {when}. Antes se guarda una copia del registro tal como está ahora, para que pueda volver a él de la misma manera.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Nothing was restored</source>
            <translation>No se ha restaurado nada</translation>
        </message>
        <message>
            <source>The backup could not be restored, so the record was left as it was. Please check that the disk has free space, then try again.</source>
            <translation>No se ha podido restaurar la copia de seguridad, así que el registro se ha quedado como estaba. Compruebe que el disco tiene espacio libre y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Something unexpected stopped the restore. The record as it was just before is kept as a backup (“before a restore” in File &gt; Restore from a backup…).</source>
            <translation>Algo inesperado ha detenido la restauración. El registro tal como estaba justo antes se guarda como copia de seguridad (“antes de una restauración” en Archivo &gt; Restaurar una copia de seguridad…).</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Copia de seguridad restaurada</translation>
        </message>
        <message>
            <source>The record now holds the backup from {when}. The record as it was just before is kept as a backup made {now} (“before a restore” in File &gt; Restore from a backup…).</source>
            <translation>El registro tiene ahora lo que contenía la copia de seguridad del {when}. El registro tal como estaba justo antes se guarda como copia de seguridad hecha el {now} (“antes de una restauración” en Archivo &gt; Restaurar una copia de seguridad…).</translation>
        </message>
        <message>
            <source>No record is open. Use File &gt; Open record… to choose one.</source>
            <translation>No hay ningún registro abierto. Use Archivo &gt; Abrir registro… para elegir uno.</translation>
        </message>
        <message>
            <source>Record exports (*.json)</source>
            <translation>Exportaciones de registros (*.json)</translation>
        </message>
        <message>
            <source>Spreadsheet files, CSV in a zip (*.zip)</source>
            <translation>Archivos de hoja de cálculo, CSV en un zip (*.zip)</translation>
        </message>
        <message>
            <source>Export the whole record</source>
            <translation>Exportar todo el registro</translation>
        </message>
        <message>
            <source>Nothing was exported</source>
            <translation>No se ha exportado nada</translation>
        </message>
        <message>
            <source>The export could not be written to {file} ({reason}).</source>
            <translation>No se ha podido escribir la exportación en {file} ({reason}).</translation>
        </message>
        <message>
            <source>The record was exported for a spreadsheet to {file}: one CSV file per kind of data. They hold private health details: keep them somewhere safe.</source>
            <translation>El registro se ha exportado para hoja de cálculo en {file}: un archivo CSV por tipo de datos. Contienen datos de salud privados: guárdelos en un lugar seguro.</translation>
        </message>
        <message>
            <source>The whole record was exported to {file}. It holds private health details: keep it somewhere safe.</source>
            <translation>Todo el registro se ha exportado a {file}. Contiene datos de salud privados: guárdelo en un lugar seguro.</translation>
        </message>
        <message>
            <source>Changes on Today that are not saved yet are not in it.</source>
            <translation>Los cambios de la página Hoy que aún no se han guardado no están incluidos.</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message>
            <source>Choose an exported record to import</source>
            <translation>Elija un registro exportado para importar</translation>
        </message>
        <message>
            <source>Record exports (*.json);;All files (*)</source>
            <translation>Exportaciones de registros (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se ha importado nada</translation>
        </message>
        <message>
            <source>Nothing was imported from {file}, and no record was made.</source>
            <translation>No se ha importado nada de {file} y no se ha creado ningún registro.</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>{summary}

The new record is {file}. Open it now?</source>
            <translation>{summary}

El registro nuevo es {file}. ¿Quiere abrirlo ahora?</translation>
        </message>
        <message>
            <source>Open it</source>
            <translation>Abrirlo</translation>
        </message>
        <message>
            <source>The units were not changed</source>
            <translation>No se han cambiado las unidades</translation>
        </message>
        <message>
            <source>About MBC Care Tracker</source>
            <translation>Acerca de MBC Care Tracker</translation>
        </message>
        <message>
            <source>MBC Care Tracker {version}

A private diary of symptoms, treatments and appointments for people living with metastatic breast cancer and those who care for them.

Privacy: nothing you type leaves this computer. The app does not use the internet.

This record is kept in:
{record}

Backups are kept in:
{backups}</source>
            <translation>MBC Care Tracker {version}

Un diario privado de síntomas, tratamientos y citas para personas que viven con cáncer de mama metastásico y quienes las cuidan.

Privacidad: nada de lo que escribe sale de este ordenador. La aplicación no usa internet.

Este registro se guarda en:
{record}

Las copias de seguridad se guardan en:
{backups}</translation>
        </message>
        <message>
            <source>Diagnostic information copied</source>
            <translation>Información de diagnóstico copiada</translation>
        </message>
        <message>
            <source>Technical details for a support request are now copied: you can paste them into an email or a message. They hold no health details (no names, notes, symptoms or values), only the versions of the app and its parts and the problems it met.

The diagnostic log is kept in:
{folder}</source>
            <translation>Se han copiado los datos técnicos para una solicitud de ayuda: puede pegarlos en un correo o un mensaje. No contienen datos de salud (ni nombres, notas, síntomas ni valores), solo las versiones de la aplicación y sus componentes y los problemas que ha encontrado.

El registro de diagnóstico se guarda en:
{folder}</translation>
        </message>
        <message>
            <source>New record</source>
            <translation>Registro nuevo</translation>
        </message>
        <message>
            <source>{who} ({file} in {folder})</source>
            <translation>{who} ({file} en {folder})</translation>
        </message>
        <message>
            <source>{who}[*] — MBC Care Tracker</source>
            <translation>{who}[*] — MBC Care Tracker</translation>
        </message>
        <message>
            <source> (reading only)</source>
            <translation> (solo lectura)</translation>
        </message>
        <message>
            <source> (demo record — changes are not kept)</source>
            <translation> (registro de demostración: los cambios no se guardan)</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the passphrase the record has now, then the new one twice. The backups made before keep the passphrase they were made with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect the new record?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new record “{name}” can be protected with a passphrase from the start: then nobody can read it without the passphrase, even with the file in their hands. The passphrase is asked for each time the record is opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect “{name}” with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With a passphrase, nobody can read the record without it, even with the file in their hands. It is asked for each time the record is opened, and new backups are protected with it too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same passphrase &amp;again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Protect with this passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep it without a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Cancelar</translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Please type the new one again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please type the passphrase the record has now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not the record's passphrase now. Nothing was changed; please try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase for “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record “{name}” is protected with a passphrase. Please type it to open the record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Cancelar</translation>
        </message>
        <message>
            <source>Please type the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This passphrase does not open the record. Nothing in it was changed; please try again.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Weight in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Temperature in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These units are kept with {name}’s record. Values already saved are shown in the new units; nothing saved is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A day with several entries of a symptom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its highest entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The average of its entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History and the summary show for a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History and the summary s&amp;how:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a symptom logged more than once on a day. Flags always use the day’s highest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the app looks on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{size}%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as this computer ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the window, the clinic summary and the command line. A new choice is used from the next time the app starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Privacy on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off (never lock by itself)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock the window after this time without use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock the window after:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for records protected with a passphrase: after this long without use, the window hides everything until the passphrase is typed. What is not saved yet is kept. 10 minutes is the app’s own default; choose what suits you.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProfileView</name>
        <message>
            <source>Profile</source>
            <translation type="unfinished">Perfil</translation>
        </message>
        <message>
            <source>The facts of the illness that this record and its reports use. Only the name is needed; leave anything you do not know as “Not given”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name, or full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished">Sin indicar</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Metastatic diagnosis:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When metastatic disease was diagnosed (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the doctors found that the cancer had spread.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it was found: {choice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it was found:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;irst diagnosis:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First diagnosis, before it came back (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a recurrence: when breast cancer was first found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it has spread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B&amp;one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Li&amp;ver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B&amp;rain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spread to: {site}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other pla&amp;ces:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: lymph nodes, skin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other places it has spread to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Units and paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper size for printed reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Weight in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the details above (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Estado</translation>
        </message>
        <message>
            <source>✓ Profile saved at {time}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have changes that are not saved yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProtectionActions</name>
        <message>
            <source>&amp;Protect with a passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the record unreadable without a passphrase you choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;move protection…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups made before are not protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One backup made before the record was protected is not protected: anyone who can open the folder {folder} can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} backups made before the record was protected are not protected: anyone who can open the folder {folder} can read them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They can be protected with the same passphrase now, or deleted. Backups made from now on are protected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete them…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep them as they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record was not protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record is protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is now protected with the passphrase: nobody can read it without it. It is asked for each time the record is opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A forgotten passphrase cannot be recovered. Only an exported copy (File &gt; Export…) kept somewhere safe could bring the record back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase was not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase of “{name}” was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backups made before still open only with the old passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without protection, anyone who can open the file “{name}” can read everything in it. To remove the protection, please type the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the protection of “{name}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The protection was not removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a plain file again: anyone who can open it can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backups made before are still protected and open only with the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protection removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something unexpected stopped the change, so the record was left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not every backup was protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups protected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backups made before are now protected with the same passphrase ({count} in all).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the unprotected backups?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unprotected backups made before ({count} in all) will be deleted. A deleted backup cannot be brought back; the record itself and the protected backups are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not every backup was deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup in {folder} could not be deleted ({reason}). The others were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unprotected backups made before were deleted.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open for changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again to open the record for changes, once the other window closed it</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected entry (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected entry (Delete key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring back the last deleted entry (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fin&amp;d:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to filter (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Estado</translation>
        </message>
        <message>
            <source>Delete?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {what}? You can bring it back with Undo (Ctrl+Z).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted {what}. Press Ctrl+Z or “Undo delete” to bring it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brought back {what}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordProblemDialog</name>
        <message>
            <source>This record was not opened</source>
            <translation type="unfinished">No se ha abierto este registro</translation>
        </message>
        <message>
            <source>Open the newest good backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wait until it is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open for reading only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose another record…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished">Salir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Cancelar</translation>
        </message>
        <message>
            <source>“{name}” is not an MBC Care Tracker record. Nothing in it was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record “{name}” could not be read safely, so the app has not changed it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file “{name}” holds no record (it is empty), so the app has not used it. Nothing in it was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two windows changing one record would overwrite each other's entries. You can wait here until the other one closes it, or look at the record without changing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can look at the record without changing it, or choose another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A good backup from {when} can be opened instead. It opens as a copy beside the original, and the original file is kept as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can choose another record. Records made by this app have names ending in .mbcrecord.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No good backup of it was found. The file is kept as it is; you can choose another record, or keep this file for someone who can help look at it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can choose another record.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderCard</name>
        <message>
            <source>Due since {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions to ask:</source>
            <translation type="unfinished">Preguntas para hacer:</translation>
        </message>
        <message numerus="yes">
            <source>Snooze %n minutes</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this reminder for a while; it comes back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this reminder; it does not come back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Appointments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Today</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderController</name>
        <message>
            <source>Open MBC Care Tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is due…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished">Salir</translation>
        </message>
        <message>
            <source>Keep the reminders coming?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the window is closed, MBC Care Tracker can stay in the system tray so that its reminders keep coming. Quit from the tray icon’s menu, or File &gt; Quit, whenever you like. You can change this in Edit &gt; Preferences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep in the tray</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit when closed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderPreferences</name>
        <message>
            <source>Reminders on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Daily &amp;check-in at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time of the daily check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Doses when they are due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Appointments, the day before and an hour before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask “How was this &amp;week?” on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day of the weekly question</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Snooze for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;nooze for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start at login (minimised to the tray)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An appointment’s reminders list the questions still to ask. Nothing is ever sent anywhere: reminders are made on this computer. 20:00 and 15 minutes are the app’s own defaults; choose what suits you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This desktop has no system tray, so reminders show only in the app’s Reminders list while it is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This could not be changed ({problem}); nothing else was.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemindersButton</name>
        <message numerus="yes">
            <source>Reminders: %n due</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is due: doses, appointments, the daily check-in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemindersPanel</name>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is due right now. Reminders of doses, appointments and the daily check-in appear here when their time comes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders are made on this computer from your record; nothing is ever sent anywhere. Choose which ones come, and when, in Edit &gt; Preferences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later today:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemoveDoseDialog</name>
        <message>
            <source>Take back this dose?</source>
            <translation>¿Anular esta dosis?</translation>
        </message>
        <message>
            <source>{what}: take back this dose? Its record goes, with the scores {scores}; this cannot be undone.</source>
            <translation>{what}: ¿anular esta dosis? Se borrará lo anotado, con las puntuaciones {scores}. No se puede deshacer.</translation>
        </message>
        <message>
            <source>&amp;Take it back</source>
            <translation>&amp;Anularla</translation>
        </message>
        <message>
            <source>&amp;Keep it</source>
            <translation>&amp;Mantenerla</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each backup is a whole copy of the record, checked when it was made. Restoring one first keeps a copy of the record as it is now, so nothing is lost: you can always go back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days logged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day logged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no backups of this record yet. The app makes one automatically when you close it after a change; File &gt; Back up now makes one at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic backups kept, the newest of each of the last:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These numbers are the app's defaults, which you can change. Backups you make yourself, and those made before an update or a restore, are always kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore this backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a backup file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup kept somewhere else, for example on a USB stick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic backups kept: {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made by you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before an update of the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished">nada</translation>
        </message>
        <message>
            <source>Choose a backup to restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MBC Care Tracker records (*{suffix});;All files (*)</source>
            <translation type="unfinished">Registros de MBC Care Tracker (*{suffix});;Todos los archivos (*)</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>days</source>
            <translation type="unfinished" />
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
            <translation type="unfinished">por ejemplo dolor, náuseas</translation>
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
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Mark as not recorded (Delete key)</source>
            <translation>Marcar como sin anotar (tecla Supr)</translation>
        </message>
        <message>
            <source>Clear {label}</source>
            <translation>Borrar {label}</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin anotar</translation>
        </message>
    </context>
    <context>
        <name>SeverityLegend</name>
        <message>
            <source>Scale: 0 none, 1 to 3 mild, 4 to 6 moderate, 7 to 10 severe</source>
            <translation>Escala: 0 nada, 1 a 3 leve, 4 a 6 moderado, 7 a 10 grave</translation>
        </message>
    </context>
    <context>
        <name>SkippedDialog</name>
        <message>
            <source>Dose skipped</source>
            <translation>Dosis omitida</translation>
        </message>
        <message>
            <source>{what}: skipped. You can say why, if you like.</source>
            <translation>{what}: omitida. Puede decir por qué, si quiere.</translation>
        </message>
        <message>
            <source>for example felt sick, told to pause</source>
            <translation>p. ej.: malestar, pausa indicada</translation>
        </message>
        <message>
            <source>&amp;Reason (optional):</source>
            <translation>&amp;Motivo (opcional):</translation>
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
            <translation type="unfinished" />
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
            <translation>Un aviso en este periodo.</translation>
        </message>
        <message numerus="yes">
            <source>Flagged %n times in this period, the latest ongoing since {day}.</source>
            <translation>
                <numerusform>%n aviso en este periodo; el último continúa desde el {day}.</numerusform>
                <numerusform>%n avisos en este periodo; el último continúa desde el {day}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Flagged %n times in this period, most recently {days}.</source>
            <translation>
                <numerusform>%n aviso en este periodo; el más reciente, {days}.</numerusform>
                <numerusform>%n avisos en este periodo; el más reciente, {days}.</numerusform>
            </translation>
        </message>
        <message>
            <source>If you have not told your care team about it yet, tell them now.</source>
            <translation>Si todavía no se lo ha dicho a su equipo médico, dígaselo ahora.</translation>
        </message>
        <message>
            <source>Show 1 more time</source>
            <translation>Mostrar 1 vez más</translation>
        </message>
        <message numerus="yes">
            <source>Show %n more times</source>
            <translation>
                <numerusform>Mostrar %n vez más</numerusform>
                <numerusform>Mostrar %n veces más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SymptomChooser</name>
        <message>
            <source>Choose symptoms for Today</source>
            <translation>Elegir síntomas para Hoy</translation>
        </message>
        <message>
            <source>Tick the symptoms you want to log each day. Use Move up and Move down to set their order. Symptoms you untick keep their history; they are only hidden.</source>
            <translation>Marque los síntomas que quiere anotar cada día. Use Subir y Bajar para ordenarlos. Los síntomas que desmarque conservan su historial; solo se ocultan.</translation>
        </message>
        <message>
            <source>Tracked symptoms</source>
            <translation>Síntomas que se siguen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Add my own symptom</source>
            <translation>Añadir un síntoma propio</translation>
        </message>
        <message>
            <source>&amp;Name of the symptom</source>
            <translation>&amp;Nombre del síntoma</translation>
        </message>
        <message>
            <source>For example: tingling fingers</source>
            <translation>Por ejemplo: hormigueo en los dedos</translation>
        </message>
        <message>
            <source>&amp;Add to the list</source>
            <translation>&amp;Añadir a la lista</translation>
        </message>
        <message>
            <source>Save my choice</source>
            <translation>Guardar mi elección</translation>
        </message>
        <message>
            <source>{label} (happened or not)</source>
            <translation>{label} (ocurrió o no)</translation>
        </message>
    </context>
    <context>
        <name>TakenDialog</name>
        <message>
            <source>Dose taken</source>
            <translation>Dosis tomada</translation>
        </message>
        <message>
            <source>{what}: when did you take it?</source>
            <translation>{what}: ¿cuándo la tomó?</translation>
        </message>
        <message>
            <source>&amp;Taken at:</source>
            <translation>&amp;Tomada a las:</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>The day's form</source>
            <translation>Formulario del día</translation>
        </message>
        <message>
            <source>Day shown</source>
            <translation>Día mostrado</translation>
        </message>
        <message>
            <source>◀ Previous day</source>
            <translation>◀ Día anterior</translation>
        </message>
        <message>
            <source>Next day ▶</source>
            <translation>Día siguiente ▶</translation>
        </message>
        <message>
            <source>Pick a day…</source>
            <translation>Elegir un día…</translation>
        </message>
        <message>
            <source>Back to today</source>
            <translation>Volver a hoy</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>Día anterior</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Día siguiente</translation>
        </message>
        <message>
            <source>No symptoms today</source>
            <translation>Sin síntomas hoy</translation>
        </message>
        <message>
            <source>Set every symptom below to 0 (none) and every event to no. You still press Save.</source>
            <translation>Poner todos los síntomas de abajo a 0 (nada) y todos los sucesos a no. Después pulse Guardar.</translation>
        </message>
        <message>
            <source>Same as yesterday</source>
            <translation>Igual que ayer</translation>
        </message>
        <message>
            <source>Copy the symptoms from the day before. You still press Save.</source>
            <translation>Copiar los síntomas del día anterior. Después pulse Guardar.</translation>
        </message>
        <message>
            <source>Choose symptoms…</source>
            <translation>Elegir síntomas…</translation>
        </message>
        <message>
            <source>for example {example}</source>
            <translation>por ejemplo {example}</translation>
        </message>
        <message>
            <source>&amp;Note for this day</source>
            <translation>&amp;Nota del día</translation>
        </message>
        <message>
            <source>Anything you want to remember, or to tell your care team.</source>
            <translation>Lo que quiera recordar o contar a su equipo médico.</translation>
        </message>
        <message>
            <source>Note for this day</source>
            <translation>Nota del día</translation>
        </message>
        <message>
            <source>&amp;Save this day</source>
            <translation>&amp;Guardar este día</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <source>No symptoms are chosen for Today. Press “Choose symptoms…” to pick some.</source>
            <translation>No hay síntomas elegidos para Hoy. Pulse “Elegir síntomas…” para elegir algunos.</translation>
        </message>
        <message>
            <source>{label} — happened today</source>
            <translation>{label} — ha ocurrido hoy</translation>
        </message>
        <message>
            <source>That day is in the future. You can open today or any past day.</source>
            <translation>Ese día es futuro. Puede abrir hoy o cualquier día pasado.</translation>
        </message>
        <message>
            <source>Nothing was saved yet.</source>
            <translation>Todavía no se ha guardado nada.</translation>
        </message>
        <message>
            <source>Showing what is saved for this day now. Nothing was changed.</source>
            <translation>Se muestra lo que está guardado ahora para este día. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Saved at {time}. Thank you.</source>
            <translation>Guardado a las {time}. Gracias.</translation>
        </message>
        <message>
            <source>&amp;Weight ({unit})</source>
            <translation>&amp;Peso ({unit})</translation>
        </message>
        <message>
            <source>&amp;Temperature ({unit})</source>
            <translation>&amp;Temperatura ({unit})</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Ayer</translation>
        </message>
        <message>
            <source>A past day</source>
            <translation>Un día pasado</translation>
        </message>
        <message>
            <source>All symptoms are set to none. Change anything that is not right, then save.</source>
            <translation>Todos los síntomas están en nada. Cambie lo que no sea correcto y después guarde.</translation>
        </message>
        <message>
            <source>No symptoms were logged on {day}, so there is nothing to copy. You can fill in this day below.</source>
            <translation>No se anotaron síntomas el {day}, así que no hay nada que copiar. Puede rellenar este día abajo.</translation>
        </message>
        <message>
            <source>Copied from {day}. Check the values, then save.</source>
            <translation>Copiado del {day}. Revise los valores y después guarde.</translation>
        </message>
        <message>
            <source>This day was changed elsewhere</source>
            <translation>Este día se ha cambiado en otro lugar</translation>
        </message>
        <message>
            <source>You can save what you typed here instead, or look at what is saved now (what you typed here is then let go).</source>
            <translation>Puede guardar lo que ha escrito aquí, o ver lo que está guardado ahora (y entonces se descarta lo que ha escrito aquí).</translation>
        </message>
        <message>
            <source>Save mine instead</source>
            <translation>Guardar lo mío</translation>
        </message>
        <message>
            <source>Show what is saved now</source>
            <translation>Ver lo guardado ahora</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>You have changes to this day that are not saved yet.</source>
            <translation>Tiene cambios en este día que aún no se han guardado.</translation>
        </message>
        <message>
            <source>Would you like to save them before moving on?</source>
            <translation>¿Quiere guardarlos antes de continuar?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>No guardar</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Volver</translation>
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
            <translation type="unfinished" />
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
            <translation type="unfinished">Hoy</translation>
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
            <translation type="unfinished">Tratamientos</translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open in another window or command. It will open here by itself as soon as it is closed there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open for reading only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to MBC Care Tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record keeps a private diary of symptoms, treatments and appointments. Everything stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose record is this?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First name, or full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished">Sin indicar</translation>
        </message>
        <message>
            <source>Date of birth (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of &amp;birth (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Weight in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Temperature in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking after more than one person? Each person gets a record of their own: you can make another one at any time with File &gt; New record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start my record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This date is in the future. Please choose the date of birth, or leave it as “Not given”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please type the name of the person this record is for.</source>
            <translation type="unfinished">Escriba el nombre de la persona de este registro.</translation>
        </message>
    </context>
    <context>
        <name>WindowLock</name>
        <message>
            <source>&amp;Lock now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide everything until the record’s passphrase is typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locked — {app}[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit without saving?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some changes are not saved yet. If you quit now they will be lost; what is saved is safe. To keep the changes, unlock the record first and save them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit and lose them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_PassphraseForm</name>
        <message>
            <source>&amp;Show the passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>appointments</name>
        <message>
            <source>This date and time has already passed. Add it under Past appointments, or change the date.</source>
            <translation>Esta fecha y hora ya han pasado. Añádala en Citas pasadas o cambie la fecha.</translation>
        </message>
        <message>
            <source>This date and time is still to come. Add it under Upcoming appointments, or change the date.</source>
            <translation>Esta fecha y hora todavía no han llegado. Añádala en Próximas citas o cambie la fecha.</translation>
        </message>
        <message>
            <source>The clinician's name contains an invisible control character. Please retype it.</source>
            <translation>El nombre del profesional sanitario contiene un carácter de control invisible. Escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>The place contains an invisible control character. Please retype it.</source>
            <translation>El lugar contiene un carácter de control invisible. Escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>The notes contains an invisible control character. Please retype it.</source>
            <translation>Las notas contienen un carácter de control invisible. Escríbalas de nuevo.</translation>
        </message>
        <message>
            <source>The question contains an invisible control character. Please retype it.</source>
            <translation>La pregunta contiene un carácter de control invisible. Escríbala de nuevo.</translation>
        </message>
        <message>
            <source>The answer contains an invisible control character. Please retype it.</source>
            <translation>La respuesta contiene un carácter de control invisible. Escríbala de nuevo.</translation>
        </message>
        <message>
            <source>Please keep the clinician's name under {count} characters.</source>
            <translation>El nombre del profesional sanitario debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>Please keep the place under {count} characters.</source>
            <translation>El lugar debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>Please keep the notes under {count} characters.</source>
            <translation>Las notas deben tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>Please keep the question under {count} characters.</source>
            <translation>La pregunta debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>Please keep the answer under {count} characters.</source>
            <translation>La respuesta debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>Please type the question.</source>
            <translation>Escriba la pregunta.</translation>
        </message>
        <message>
            <source>Please choose the date of the appointment.</source>
            <translation>Elija la fecha de la cita.</translation>
        </message>
        <message>
            <source>Please choose what kind of appointment this is.</source>
            <translation>Elija qué tipo de cita es.</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <source>The copy of {name} did not pass its check.</source>
            <translation>La copia de {name} no ha superado la comprobación.</translation>
        </message>
        <message>
            <source>Could not copy {name}: {error}</source>
            <translation>No se ha podido copiar {name}: {error}</translation>
        </message>
        <message>
            <source>Could not copy {name} into {record}: {error}</source>
            <translation>No se ha podido copiar {name} en {record}: {error}</translation>
        </message>
        <message>
            <source>The copy of {name} in {record} did not pass its check.</source>
            <translation>La copia de {name} en {record} no ha superado la comprobación.</translation>
        </message>
    </context>
    <context>
        <name>backups</name>
        <message>
            <source>“{name}” is the record itself; please choose a backup of it.</source>
            <translation>«{name}» es el propio registro; elija una copia de seguridad suya.</translation>
        </message>
        <message>
            <source>There is no file at {file}; the record was not changed.</source>
            <translation>No hay ningún archivo en {file}; el registro no se ha modificado.</translation>
        </message>
        <message>
            <source>“{name}” could not be read ({reason}); the record was not changed.</source>
            <translation>No se ha podido leer «{name}» ({reason}); el registro no se ha modificado.</translation>
        </message>
        <message>
            <source>“{name}” is an unprotected copy, and this record is protected with a passphrase, so it cannot be restored into it; the record was not changed.</source>
            <translation>«{name}» es una copia sin proteger y este registro está protegido con una frase de contraseña, así que no se puede restaurar en él; el registro no se ha modificado.</translation>
        </message>
        <message>
            <source>“{name}” was made by a newer version of MBC Care Tracker; update the app to restore it. The record was not changed.</source>
            <translation>«{name}» se hizo con una versión más reciente de MBC Care Tracker; actualice la aplicación para restaurarla. El registro no se ha modificado.</translation>
        </message>
        <message>
            <source>“{name}” cannot be restored because it is damaged; the record was not changed.</source>
            <translation>«{name}» no se puede restaurar porque está dañada; el registro no se ha modificado.</translation>
        </message>
        <message>
            <source>“{name}” cannot be restored because it is empty; the record was not changed.</source>
            <translation>«{name}» no se puede restaurar porque está vacía; el registro no se ha modificado.</translation>
        </message>
        <message>
            <source>“{name}” cannot be restored because it holds no record; the record was not changed.</source>
            <translation>«{name}» no se puede restaurar porque no contiene ningún registro; el registro no se ha modificado.</translation>
        </message>
        <message>
            <source>“{name}” cannot be restored because it is protected with a passphrase and this record is not; the record was not changed.</source>
            <translation>«{name}» no se puede restaurar porque está protegida con una frase de contraseña y este registro no lo está; el registro no se ha modificado.</translation>
        </message>
        <message>
            <source>“{name}” cannot be restored because this record's passphrase does not open it; the record was not changed.</source>
            <translation>«{name}» no se puede restaurar porque la frase de contraseña de este registro no la abre; el registro no se ha modificado.</translation>
        </message>
        <message>
            <source>“{name}” cannot be restored because it is not an MBC Care Tracker record; the record was not changed.</source>
            <translation>«{name}» no se puede restaurar porque no es un registro de MBC Care Tracker; el registro no se ha modificado.</translation>
        </message>
        <message>
            <source>This record is open for reading only, so it cannot be restored here; the record was not changed.</source>
            <translation>Este registro está abierto solo para lectura, así que no se puede restaurar aquí; el registro no se ha modificado.</translation>
        </message>
    </context>
    <context>
        <name>calendar_export</name>
        <message>
            <source>Appointment for {name}.</source>
            <translation>Cita de {name}.</translation>
        </message>
        <message>
            <source>Questions to ask:</source>
            <translation>Preguntas para hacer:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Citas</translation>
        </message>
    </context>
    <context>
        <name>care_team</name>
        <message>
            <source>Please type a name, for example “Dr Lee” or “Breast care nurse”.</source>
            <translation>Escriba un nombre, por ejemplo «Dra. Lee» o «Enfermera de mama».</translation>
        </message>
        <message>
            <source>The name contains an invisible control character. Please retype it.</source>
            <translation>El nombre contiene un carácter de control invisible. Escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>Please keep the name under {count} characters.</source>
            <translation>El nombre debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>The role contains an invisible control character. Please retype it.</source>
            <translation>La función contiene un carácter de control invisible. Escríbala de nuevo.</translation>
        </message>
        <message>
            <source>Please keep the role under {count} characters.</source>
            <translation>La función debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>A phone number can hold only digits, spaces and + ( ) - . Please check it, or leave it empty.</source>
            <translation>Un número de teléfono solo puede tener cifras, espacios y + ( ) - . Revíselo o déjelo vacío.</translation>
        </message>
        <message>
            <source>This phone number has no digits. Please check it.</source>
            <translation>Este número de teléfono no tiene cifras. Revíselo.</translation>
        </message>
        <message>
            <source>Please keep the phone number under {count} characters.</source>
            <translation>El número de teléfono debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>The number for urgent problems needs a phone number to call. Please type it, or untick “for urgent problems”.</source>
            <translation>El contacto para problemas urgentes necesita un número de teléfono al que llamar. Escríbalo o desmarque «para problemas urgentes».</translation>
        </message>
        <message>
            <source>This does not look like an email address (such as name@example.org). Please check it, or leave it empty.</source>
            <translation>Esto no parece una dirección de correo electrónico (como nombre@ejemplo.org). Revísela o déjela vacía.</translation>
        </message>
        <message>
            <source>Please keep the email address under {count} characters.</source>
            <translation>La dirección de correo electrónico debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>This contact is no longer in the record.</source>
            <translation>Este contacto ya no está en el registro.</translation>
        </message>
        <message>
            <source>Please save the profile (at least a name) before adding contacts.</source>
            <translation>Guarde el perfil (al menos un nombre) antes de añadir contactos.</translation>
        </message>
    </context>
    <context>
        <name>daylog</name>
        <message>
            <source>This day was changed somewhere else after it was opened here (in another window, or by an import), so nothing was saved, to avoid overwriting those entries.</source>
            <translation>Este día se modificó en otro lugar después de abrirlo aquí (en otra ventana o con una importación), así que no se ha guardado nada, para no sobrescribir esas anotaciones.</translation>
        </message>
        <message>
            <source>“{text}” is not a number. Please type digits only.</source>
            <translation>«{text}» no es un número. Escriba solo cifras.</translation>
        </message>
        <message>
            <source>“{text}” is not a severity. Use a whole number from {low} to {high}.</source>
            <translation>«{text}» no es una intensidad. Use un número entero de {low} a {high}.</translation>
        </message>
        <message>
            <source>{value} is outside the scale. Use a whole number from {low} to {high}.</source>
            <translation>{value} está fuera de la escala. Use un número entero de {low} a {high}.</translation>
        </message>
        <message>
            <source>This date is in the future. You can log today or any past day.</source>
            <translation>Esta fecha es futura. Puede anotar hoy o cualquier día pasado.</translation>
        </message>
        <message>
            <source>Choose a whole number from 0 (none) to 10.</source>
            <translation>Elija un número entero de 0 (nada) a 10.</translation>
        </message>
        <message>
            <source>{value} is outside the scale; choose from 0 to 10.</source>
            <translation>{value} está fuera de la escala; elija de 0 a 10.</translation>
        </message>
        <message>
            <source>Tick the box if this happened.</source>
            <translation>Marque la casilla si ha ocurrido.</translation>
        </message>
        <message>
            <source>A weight of {value} {unit} looks like a typing mistake. Please enter a value between {low} and {high}.</source>
            <translation>Un peso de {value} {unit} parece un error al escribir. Introduzca un valor entre {low} y {high}.</translation>
        </message>
        <message>
            <source>A temperature of {value} °{unit} looks like a typing mistake. Please enter a value between {low} and {high}.</source>
            <translation>Una temperatura de {value} °{unit} parece un error al escribir. Introduzca un valor entre {low} y {high}.</translation>
        </message>
        <message>
            <source>This note is {count} characters long; the most one day can hold is {most}. Please shorten it.</source>
            <translation>Esta nota tiene {count} caracteres; lo máximo para un día es {most}. Acórtela.</translation>
        </message>
        <message>
            <source>Each day shows the average of its entries.</source>
            <translation>Cada día muestra la media de sus anotaciones.</translation>
        </message>
        <message>
            <source>Each day shows its highest entry.</source>
            <translation>Cada día muestra su anotación más alta.</translation>
        </message>
        <message>
            <source>This entry is no longer in the record (it was removed somewhere else), so nothing was changed.</source>
            <translation>Esta anotación ya no está en el registro (se quitó en otro lugar), así que no se ha modificado nada.</translation>
        </message>
        <message>
            <source>This time is later than now. Choose the time it happened, up to now.</source>
            <translation>Esta hora es posterior a la actual. Elija la hora en que ocurrió, hasta ahora.</translation>
        </message>
        <message>
            <source>Choose a score, or whether it happened.</source>
            <translation>Elija una puntuación, o si ha ocurrido.</translation>
        </message>
        <message>
            <source>Choose whether it happened.</source>
            <translation>Elija si ha ocurrido.</translation>
        </message>
        <message>
            <source>The note contains an invisible control character. Please retype it.</source>
            <translation>La nota contiene un carácter de control invisible. Escríbala de nuevo.</translation>
        </message>
        <message>
            <source>Please keep the note under {count} characters.</source>
            <translation>La nota debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>This symptom is no longer in the record.</source>
            <translation>Este síntoma ya no está en el registro.</translation>
        </message>
        <message>
            <source>Choose a symptom from the list.</source>
            <translation>Elija un síntoma de la lista.</translation>
        </message>
        <message>
            <source>Choose a score from 0 (none) to 10.</source>
            <translation>Elija una puntuación de 0 (nada) a 10.</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>There is already a record with data in {folder}, so no demo was written (a demo never replaces a record). Choose an empty folder with --data-dir.</source>
            <translation>Ya hay un registro con datos en {folder}, así que no se ha escrito la demostración (una demostración nunca sustituye a un registro). Elija una carpeta vacía con --data-dir.</translation>
        </message>
        <message>
            <source>Choose a number of years from 1 to {most}.</source>
            <translation>Elija un número de años de 1 a {most}.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The record is busy: another program is using it just now. Nothing was saved; please try again in a moment.</source>
            <translation>El registro está ocupado: otro programa lo está usando ahora mismo. No se ha guardado nada; inténtelo de nuevo dentro de un momento.</translation>
        </message>
        <message>
            <source>This record is open for reading only, so nothing was saved. Close the other window that has it open, then open it again here to make changes.</source>
            <translation>Este registro está abierto solo para lectura, así que no se ha guardado nada. Cierre la otra ventana que lo tiene abierto y vuelva a abrirlo aquí para hacer cambios.</translation>
        </message>
        <message>
            <source>“{name}” is protected with a passphrase. Please give the passphrase to open it; nothing in it was changed.</source>
            <translation>«{name}» está protegido con una frase de contraseña. Escriba la frase de contraseña para abrirlo; no se ha modificado nada en él.</translation>
        </message>
        <message>
            <source>The passphrase does not open “{name}”; nothing in it was changed. Please try again. A forgotten passphrase cannot be recovered: only an exported copy kept somewhere safe can bring the record back.</source>
            <translation>La frase de contraseña no abre «{name}»; no se ha modificado nada en él. Inténtelo de nuevo. Una frase de contraseña olvidada no se puede recuperar: solo una copia exportada y guardada en un lugar seguro puede devolverle el registro.</translation>
        </message>
    </context>
    <context>
        <name>flags</name>
        <message>
            <source>Please choose a value from {low} to {high}.</source>
            <translation>Elija un valor de {low} a {high}.</translation>
        </message>
        <message>
            <source>The 'contact promptly' level must not be below the 'mention' level.</source>
            <translation>El nivel de «contactar pronto» no puede ser inferior al de «comentar».</translation>
        </message>
        <message>
            <source>{score} ({band})</source>
            <translation>{score} ({band})</translation>
        </message>
        <message numerus="yes">
            <source>%n days in a row</source>
            <translation>
                <numerusform>%n día seguido</numerusform>
                <numerusform>%n días seguidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{symptom}: logged on {when} (%n days in a row). The articles single this out, so this app flags it every time it is logged.</source>
            <translation>
                <numerusform>{symptom}: anotado %n día seguido ({when}). Los artículos lo destacan, así que esta aplicación crea un aviso cada vez que se anota.</numerusform>
                <numerusform>{symptom}: anotado %n días seguidos ({when}). Los artículos lo destacan, así que esta aplicación crea un aviso cada vez que se anota.</numerusform>
            </translation>
        </message>
        <message>
            <source>{symptom}: logged on {when}. The articles single this out, so this app flags it every time it is logged.</source>
            <translation>{symptom}: anotado el {when}. Los artículos lo destacan, así que esta aplicación crea un aviso cada vez que se anota.</translation>
        </message>
        <message>
            <source>{symptom} at {score} on {day}</source>
            <translation>{symptom} en {score} el {day}</translation>
        </message>
        <message>
            <source>{symptom} at {mention} or more on {days} ({span}), highest {score} on {day}</source>
            <translation>{symptom} en {mention} o más durante {days} ({span}), como máximo {score} el {day}</translation>
        </message>
        <message>
            <source>{what}. This app flags from {mention} to mention at your next visit and from {promptly} to contact your care team promptly (adjustable app defaults).</source>
            <translation>{what}. Esta aplicación avisa desde {mention} para comentarlo en su próxima visita y desde {promptly} para contactar pronto con su equipo médico (valores predeterminados que puede cambiar).</translation>
        </message>
        <message numerus="yes">
            <source>on %n days in a row ({span})</source>
            <translation>
                <numerusform>durante %n día seguido ({span})</numerusform>
                <numerusform>durante %n días seguidos ({span})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>on %n days ({span}), every day it was logged</source>
            <translation>
                <numerusform>durante %n día ({span}), cada día que se anotó</numerusform>
                <numerusform>durante %n días ({span}), cada día que se anotó</numerusform>
            </translation>
        </message>
        <message>
            <source> (up to 1 unlogged day in a row do not end it)</source>
            <translation> (hasta 1 día seguido sin anotar no lo interrumpe)</translation>
        </message>
        <message numerus="yes">
            <source> (up to %n unlogged days in a row do not end it)</source>
            <translation>
                <numerusform> (hasta %n día seguido sin anotar no lo interrumpe)</numerusform>
                <numerusform> (hasta %n días seguidos sin anotar no lo interrumpen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{symptom} {how_long}. The articles speak of this when it keeps on; this app flags it from %n days in a row (an adjustable app default).</source>
            <translation>
                <numerusform>{symptom} {how_long}. Los artículos hablan de esto cuando continúa; esta aplicación avisa desde %n día seguido (un valor predeterminado que puede cambiar).</numerusform>
                <numerusform>{symptom} {how_long}. Los artículos hablan de esto cuando continúa; esta aplicación avisa desde %n días seguidos (un valor predeterminado que puede cambiar).</numerusform>
            </translation>
        </message>
        <message>
            <source>{symptom} above your usual on {days} ({span}), up to {score} on {day}</source>
            <translation>{symptom} por encima de lo habitual para usted durante {days} ({span}), hasta {score} el {day}</translation>
        </message>
        <message>
            <source>{what}, {points} points above your usual of {usual} (the middle value of your previous {days} days). This app flags {flagged} points or more above your usual (adjustable app defaults).</source>
            <translation>{what}, {points} puntos por encima de su valor habitual de {usual} (el valor central de sus {days} días anteriores). Esta aplicación avisa desde {flagged} puntos o más por encima de lo habitual (valores predeterminados que puede cambiar).</translation>
        </message>
        <message numerus="yes">
            <source>Weight down {lost}% in %n days, from {before} {unit} on {from_day} to {after} {unit} on {to_day}. This app flags a loss of {percent}% or more within {within} days (adjustable app defaults). If you do not know why you are losing weight, mention it.</source>
            <translation>
                <numerusform>El peso ha bajado un {lost}% en %n día, de {before} {unit} el {from_day} a {after} {unit} el {to_day}. Esta aplicación avisa de una pérdida del {percent}% o más en {within} días (valores predeterminados que puede cambiar). Si no sabe por qué está perdiendo peso, coméntelo.</numerusform>
                <numerusform>El peso ha bajado un {lost}% en %n días, de {before} {unit} el {from_day} a {after} {unit} el {to_day}. Esta aplicación avisa de una pérdida del {percent}% o más en {within} días (valores predeterminados que puede cambiar). Si no sabe por qué está perdiendo peso, coméntelo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Temperature at {degrees} on {day}</source>
            <translation>Temperatura de {degrees} el {day}</translation>
        </message>
        <message numerus="yes">
            <source>Temperature at {threshold} or more on %n days in a row ({span}), highest {degrees} on {day}</source>
            <translation>
                <numerusform>Temperatura de {threshold} o más durante %n día seguido ({span}), como máximo {degrees} el {day}</numerusform>
                <numerusform>Temperatura de {threshold} o más durante %n días seguidos ({span}), como máximo {degrees} el {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>{what}. This app flags a temperature from {threshold} to contact your care team promptly (an adjustable app default, not a medical fact).</source>
            <translation>{what}. Esta aplicación avisa de una temperatura desde {threshold} para contactar pronto con su equipo médico (un valor predeterminado que puede cambiar, no un dato médico).</translation>
        </message>
        <message>
            <source>You were on {treatment} ({category}) on these days, and the articles list {symptom} among the side effects of {category_in_sentence}. It is still worth telling your care team: they can often help.</source>
            <translation>Estos días estaba tomando {treatment} ({category}), y los artículos incluyen «{symptom}» entre los efectos secundarios de: {category_in_sentence}. Aun así, vale la pena decírselo a su equipo médico: a menudo pueden ayudar.</translation>
        </message>
        <message>
            <source>this day</source>
            <translation>ese día</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>This symptom has no 'days in a row' rule.</source>
            <translation>Este síntoma no tiene una regla de «días seguidos».</translation>
        </message>
        <message>
            <source>This date is in the future. Please choose today or earlier.</source>
            <translation>Esta fecha es futura. Elija hoy o una fecha anterior.</translation>
        </message>
        <message>
            <source>This date is before the flag began. Please choose a date on or after {day}.</source>
            <translation>Esta fecha es anterior al comienzo del aviso. Elija el {day} o una fecha posterior.</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>none</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leve</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>grave</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin anotar</translation>
        </message>
        <message>
            <source>{value} out of 10, {band}</source>
            <translation>{value} de 10, {band}</translation>
        </message>
        <message>
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <source>lb</source>
            <translation>lb</translation>
        </message>
        <message>
            <source>°C</source>
            <translation>°C</translation>
        </message>
        <message>
            <source>°F</source>
            <translation>°F</translation>
        </message>
        <message>
            <source>Rated from 0 (none) to 10</source>
            <translation>Puntuado de 0 (nada) a 10</translation>
        </message>
        <message>
            <source>Happened or not (for example a fall or a fit)</source>
            <translation>Ocurrió o no (por ejemplo, una caída o una convulsión)</translation>
        </message>
        <message>
            <source>Contact your care team promptly</source>
            <translation>Contacte pronto con su equipo médico</translation>
        </message>
        <message>
            <source>Mention at your next visit</source>
            <translation>Coméntelo en su próxima visita</translation>
        </message>
        <message>
            <source>Flagged {day}: contact your care team promptly</source>
            <translation>Aviso del {day}: contacte pronto con su equipo médico</translation>
        </message>
        <message>
            <source>Flagged every time it happens</source>
            <translation>Aviso cada vez que ocurre</translation>
        </message>
        <message>
            <source>Moderate or severe</source>
            <translation>Moderado o grave</translation>
        </message>
        <message>
            <source>Several days in a row</source>
            <translation>Varios días seguidos</translation>
        </message>
        <message>
            <source>Worse than your usual</source>
            <translation>Peor de lo habitual</translation>
        </message>
        <message>
            <source>Weight loss</source>
            <translation>Pérdida de peso</translation>
        </message>
        <message>
            <source>A raised temperature</source>
            <translation>Temperatura alta</translation>
        </message>
        <message>
            <source>Metastatic at the first diagnosis (“de novo”)</source>
            <translation>Metastásico desde el primer diagnóstico (“de novo”)</translation>
        </message>
        <message>
            <source>Came back after earlier treatment (a recurrence)</source>
            <translation>Reapareció después de un tratamiento anterior (una recidiva)</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>As the computer’s region</source>
            <translation>Según la región del ordenador</translation>
        </message>
        <message>
            <source>bone</source>
            <translation>hueso</translation>
        </message>
        <message>
            <source>lung</source>
            <translation>pulmón</translation>
        </message>
        <message>
            <source>liver</source>
            <translation>hígado</translation>
        </message>
        <message>
            <source>brain</source>
            <translation>cerebro</translation>
        </message>
        <message>
            <source>lymph node</source>
            <translation>ganglio linfático</translation>
        </message>
        <message>
            <source>skin</source>
            <translation>piel</translation>
        </message>
        <message>
            <source>Primary tumour</source>
            <translation>Tumor primario</translation>
        </message>
        <message>
            <source>Metastatic (site not given)</source>
            <translation>Metastásica (lugar sin indicar)</translation>
        </message>
        <message>
            <source>Metastatic: {site}</source>
            <translation>Metastásica: {site}</translation>
        </message>
        <message>
            <source>Amplified</source>
            <translation>Amplificado</translation>
        </message>
        <message>
            <source>Not amplified</source>
            <translation>No amplificado</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>No realizado</translation>
        </message>
        <message>
            <source>Mutation found</source>
            <translation>Mutación encontrada</translation>
        </message>
        <message>
            <source>No mutation found</source>
            <translation>No se encontró mutación</translation>
        </message>
        <message>
            <source>Not tested</source>
            <translation>No analizado</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positivo</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Negativo</translation>
        </message>
        <message>
            <source>By mouth</source>
            <translation>Por vía oral</translation>
        </message>
        <message>
            <source>By drip into a vein (IV)</source>
            <translation>Por goteo en una vena (intravenoso)</translation>
        </message>
        <message>
            <source>By injection</source>
            <translation>Con una inyección</translation>
        </message>
        <message>
            <source>Another way</source>
            <translation>De otra forma</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progresión</translation>
        </message>
        <message>
            <source>Side effects</source>
            <translation>Efectos secundarios</translation>
        </message>
        <message>
            <source>Course completed</source>
            <translation>Tratamiento completado</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Otro motivo</translation>
        </message>
        <message>
            <source>Oncology visit</source>
            <translation>Consulta de oncología</translation>
        </message>
        <message>
            <source>Bone scan</source>
            <translation>Gammagrafía ósea</translation>
        </message>
        <message>
            <source>CT scan</source>
            <translation>TAC</translation>
        </message>
        <message>
            <source>MRI scan</source>
            <translation>Resonancia magnética</translation>
        </message>
        <message>
            <source>PET scan</source>
            <translation>PET</translation>
        </message>
        <message>
            <source>X-ray</source>
            <translation>Radiografía</translation>
        </message>
        <message>
            <source>Blood test</source>
            <translation>Análisis de sangre</translation>
        </message>
        <message>
            <source>Infusion</source>
            <translation>Infusión</translation>
        </message>
        <message>
            <source>Radiotherapy</source>
            <translation>Radioterapia</translation>
        </message>
        <message>
            <source>Other appointment</source>
            <translation>Otra cita</translation>
        </message>
        <message>
            <source>Nothing was saved yet: one field needs a look. Please read the note under it, then save again.</source>
            <translation>Todavía no se ha guardado nada: hay que revisar un campo. Lea la nota que tiene debajo y vuelva a guardar.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was saved yet: %n fields need a look. Please read the notes under them, then save again.</source>
            <translation>
                <numerusform>Todavía no se ha guardado nada: hay que revisar %n campo. Lea las notas que tienen debajo y vuelva a guardar.</numerusform>
                <numerusform>Todavía no se ha guardado nada: hay que revisar %n campos. Lea las notas que tienen debajo y vuelva a guardar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>lock</name>
        <message>
            <source>an MBC Care Tracker window</source>
            <translation>una ventana de MBC Care Tracker</translation>
        </message>
        <message>
            <source>an import (mbc-tracker import)</source>
            <translation>una importación (mbc-tracker import)</translation>
        </message>
        <message>
            <source>the demo record being written (mbc-tracker demo)</source>
            <translation>el registro de demostración que se está escribiendo (mbc-tracker demo)</translation>
        </message>
        <message>
            <source>a restore from a backup (mbc-tracker restore)</source>
            <translation>una restauración desde una copia de seguridad (mbc-tracker restore)</translation>
        </message>
        <message>
            <source>a reading command updating the record's format</source>
            <translation>un comando de lectura que está actualizando el formato del registro</translation>
        </message>
        <message>
            <source>a change of the record's passphrase protection (mbc-tracker protect)</source>
            <translation>un cambio en la protección con frase de contraseña del registro (mbc-tracker protect)</translation>
        </message>
        <message>
            <source>since {time} today</source>
            <translation>desde las {time} de hoy</translation>
        </message>
        <message>
            <source>since {moment}</source>
            <translation>desde el {moment}</translation>
        </message>
        <message>
            <source>{what} on the computer “{computer}” (process {process}, {when})</source>
            <translation>{what} en el equipo «{computer}» (proceso {process}, {when})</translation>
        </message>
        <message>
            <source>{what} in this same app ({when})</source>
            <translation>{what} en esta misma aplicación ({when})</translation>
        </message>
        <message>
            <source>{what} (process {process}, {when})</source>
            <translation>{what} (proceso {process}, {when})</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>otro programa</translation>
        </message>
        <message>
            <source>The record “{name}” is already open in {who}. Only one window or command can change a record at a time.</source>
            <translation>El registro «{name}» ya está abierto en {who}. Solo una ventana o un comando puede modificar un registro a la vez.</translation>
        </message>
    </context>
    <context>
        <name>medicines</name>
        <message>
            <source>This contains an invisible control character. Please retype it.</source>
            <translation>Esto contiene un carácter de control invisible. Escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>Please keep this under {count} characters.</source>
            <translation>Debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>Please give the gap in whole minutes.</source>
            <translation>Indique el intervalo en minutos enteros.</translation>
        </message>
        <message>
            <source>Please choose when to be asked again.</source>
            <translation>Elija cuándo quiere que se le vuelva a preguntar.</translation>
        </message>
        <message>
            <source>Only a dose that was taken can ask how it is after.</source>
            <translation>Solo se puede preguntar cómo se encuentra después de una dosis tomada.</translation>
        </message>
        <message>
            <source>Please choose a time after the dose was taken.</source>
            <translation>Elija una hora posterior a la toma de la dosis.</translation>
        </message>
        <message>
            <source>This schedule is no longer in the record.</source>
            <translation>Esta pauta ya no está en el registro.</translation>
        </message>
        <message>
            <source>This treatment is no longer in the record.</source>
            <translation>Este tratamiento ya no está en el registro.</translation>
        </message>
    </context>
    <context>
        <name>migrate</name>
        <message>
            <source>The app's migration scripts are missing.</source>
            <translation>Faltan los scripts de migración de la aplicación.</translation>
        </message>
        <message>
            <source>The schema change would leave {count} broken link(s) between rows; nothing was changed.</source>
            <translation>El cambio de esquema dejaría {count} enlace(s) roto(s) entre filas; no se ha modificado nada.</translation>
        </message>
        <message>
            <source>This record was saved by a newer version of MBC Care Tracker. Please update the app to open it; the record has not been changed.</source>
            <translation>Este registro se guardó con una versión más reciente de MBC Care Tracker. Actualice la aplicación para abrirlo; el registro no se ha modificado.</translation>
        </message>
        <message>
            <source>Updating the record's format failed ({error}); nothing was changed.</source>
            <translation>No se ha podido actualizar el formato del registro ({error}); no se ha modificado nada.</translation>
        </message>
    </context>
    <context>
        <name>person</name>
        <message>
            <source>Please type the name of the person this record is for.</source>
            <translation>Escriba el nombre de la persona de este registro.</translation>
        </message>
        <message>
            <source>The name contains an invisible control character. Please retype it.</source>
            <translation>El nombre contiene un carácter de control invisible. Escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>Please keep the name under {count} characters.</source>
            <translation>El nombre debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>This date is in the future.</source>
            <translation>Esta fecha es futura.</translation>
        </message>
        <message>
            <source>This date is before the date of birth.</source>
            <translation>Esta fecha es anterior a la fecha de nacimiento.</translation>
        </message>
        <message>
            <source>The first diagnosis is after the metastatic diagnosis; please check both dates.</source>
            <translation>El primer diagnóstico es posterior al diagnóstico metastásico; revise las dos fechas.</translation>
        </message>
    </context>
    <context>
        <name>protection</name>
        <message>
            <source>Please choose a passphrase of at least {count} characters.</source>
            <translation>Elija una frase de contraseña de al menos {count} caracteres.</translation>
        </message>
        <message>
            <source>Please choose a passphrase that does not begin or end with a space.</source>
            <translation>Elija una frase de contraseña que no empiece ni termine con un espacio.</translation>
        </message>
        <message>
            <source>There is no record at {path}; nothing was changed.</source>
            <translation>No hay ningún registro en {path}; no se ha modificado nada.</translation>
        </message>
        <message>
            <source>The protected copy of the record did not pass its check, so the record was left as it was.</source>
            <translation>La copia protegida del registro no ha superado la comprobación, así que el registro se ha dejado como estaba.</translation>
        </message>
        <message>
            <source>The unprotected copy of the record did not pass its check, so the record was left as it was.</source>
            <translation>La copia sin proteger del registro no ha superado la comprobación, así que el registro se ha dejado como estaba.</translation>
        </message>
        <message>
            <source>{problem} The record was not changed.</source>
            <translation>{problem} El registro no se ha modificado.</translation>
        </message>
        <message>
            <source>“{name}” is already protected with a passphrase; nothing was changed.</source>
            <translation>«{name}» ya está protegido con una frase de contraseña; no se ha modificado nada.</translation>
        </message>
        <message>
            <source>{problem} The passphrase was not changed.</source>
            <translation>{problem} La frase de contraseña no se ha cambiado.</translation>
        </message>
        <message>
            <source>“{name}” is not protected with a passphrase; nothing was changed.</source>
            <translation>«{name}» no está protegido con una frase de contraseña; no se ha modificado nada.</translation>
        </message>
        <message>
            <source>The protected copy of the backup “{name}” did not pass its check, so that backup was left as it was.</source>
            <translation>La copia protegida de la copia de seguridad «{name}» no ha superado la comprobación, así que esa copia de seguridad se ha dejado como estaba.</translation>
        </message>
        <message>
            <source>The backup “{name}” could not be protected ({reason}); it was left as it was.</source>
            <translation>No se ha podido proteger la copia de seguridad «{name}» ({reason}); se ha dejado como estaba.</translation>
        </message>
    </context>
    <context>
        <name>receptors</name>
        <message>
            <source>first tumour</source>
            <translation>tumor primario</translation>
        </message>
        <message>
            <source>metastatic sample, {site}</source>
            <translation>muestra metastásica, {site}</translation>
        </message>
        <message>
            <source>metastatic sample</source>
            <translation>muestra metastásica</translation>
        </message>
        <message>
            <source>This date is in the future. Please use the date on the test report.</source>
            <translation>Esta fecha es futura. Use la fecha del informe de la prueba.</translation>
        </message>
        <message>
            <source>Please type a percentage from 0 to 100, as on the report (or leave it empty if it was not tested).</source>
            <translation>Escriba un porcentaje de 0 a 100, como en el informe (o déjelo vacío si no se analizó).</translation>
        </message>
        <message>
            <source>The place contains an invisible control character. Please retype it.</source>
            <translation>El lugar contiene un carácter de control invisible. Escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>Please keep this under {count} characters.</source>
            <translation>Debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>This test is no longer in the record.</source>
            <translation>Esta prueba ya no está en el registro.</translation>
        </message>
    </context>
    <context>
        <name>record</name>
        <message>
            <source>There is no record at {path}; nothing was read.</source>
            <translation>No hay ningún registro en {path}; no se ha leído nada.</translation>
        </message>
        <message>
            <source>“{name}” was saved by an older version of the app and is open in another window, which has to update it first. Please close it there, then open it here; nothing was changed.</source>
            <translation>«{name}» se guardó con una versión anterior de la aplicación y está abierto en otra ventana, que tiene que actualizarlo primero. Ciérrelo allí y después ábralo aquí; no se ha modificado nada.</translation>
        </message>
        <message>
            <source>The record “{name}” cannot be changed where it is ({reason}). It can still be opened for reading.</source>
            <translation>El registro «{name}» no se puede modificar donde está ({reason}). Aun así, se puede abrir para leerlo.</translation>
        </message>
        <message>
            <source>“{name}” is not an MBC Care Tracker record. Nothing in it was changed. Please choose a record file (ending in .mbcrecord).</source>
            <translation>«{name}» no es un registro de MBC Care Tracker. No se ha modificado nada en él. Elija un archivo de registro (terminado en .mbcrecord).</translation>
        </message>
        <message>
            <source>The file “{name}” is empty (0 bytes), so it is not used as a new record: the record that was there may have been lost. Nothing in it was changed.</source>
            <translation>El archivo «{name}» está vacío (0 bytes), así que no se usa como registro nuevo: puede que el registro que había se haya perdido. No se ha modificado nada en él.</translation>
        </message>
        <message>
            <source>The file “{name}” holds no data at all, so it is not used as a new record: the record that was there may have been lost. Nothing in it was changed.</source>
            <translation>El archivo «{name}» no contiene ningún dato, así que no se usa como registro nuevo: puede que el registro que había se haya perdido. No se ha modificado nada en él.</translation>
        </message>
        <message>
            <source>The record “{name}” appears to be damaged, so the app will not change it.</source>
            <translation>El registro «{name}» parece estar dañado, así que la aplicación no lo modificará.</translation>
        </message>
        <message>
            <source>A good backup from {moment} can be opened instead.</source>
            <translation>En su lugar se puede abrir una copia de seguridad correcta del {moment}.</translation>
        </message>
        <message>
            <source>No good backup of it was found.</source>
            <translation>No se ha encontrado ninguna copia de seguridad correcta.</translation>
        </message>
        <message>
            <source>The record “{name}” could not be read as expected, so the app will not change it. </source>
            <translation>El registro «{name}» no se ha podido leer como se esperaba, así que la aplicación no lo modificará. </translation>
        </message>
        <message>
            <source>The record could not be updated to this version of the app, so it was left as it was. ({error})</source>
            <translation>No se ha podido actualizar el registro a esta versión de la aplicación, así que se ha dejado como estaba. ({error})</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <source>Oncology visit</source>
            <translation>Consulta de oncología</translation>
        </message>
        <message>
            <source>Bone scan</source>
            <translation>Gammagrafía ósea</translation>
        </message>
        <message>
            <source>CT scan</source>
            <translation>TAC</translation>
        </message>
        <message>
            <source>MRI scan</source>
            <translation>Resonancia magnética</translation>
        </message>
        <message>
            <source>PET scan</source>
            <translation>PET</translation>
        </message>
        <message>
            <source>X-ray</source>
            <translation>Radiografía</translation>
        </message>
        <message>
            <source>Blood test</source>
            <translation>Análisis de sangre</translation>
        </message>
        <message>
            <source>Infusion</source>
            <translation>Infusión</translation>
        </message>
        <message>
            <source>Radiotherapy</source>
            <translation>Radioterapia</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
    </context>
    <context>
        <name>reminders</name>
        <message>
            <source>How is your {symptom} now?</source>
            <translation>¿Cómo está ahora su {symptom}?</translation>
        </message>
        <message>
            <source>How is it now?</source>
            <translation>¿Cómo se encuentra ahora?</translation>
        </message>
        <message>
            <source>{question} ({medicine})</source>
            <translation>{question} ({medicine})</translation>
        </message>
        <message>
            <source>{question} ({medicine} at {time})</source>
            <translation>{question} ({medicine} a las {time})</translation>
        </message>
        <message>
            <source>{appointment} with {clinician}</source>
            <translation>{appointment} con {clinician}</translation>
        </message>
        <message>
            <source>Daily check-in: how was today?</source>
            <translation>Anotación del día: ¿qué tal ha ido hoy?</translation>
        </message>
        <message>
            <source>How was this week? A few words in today's note can help at your next visit.</source>
            <translation>¿Qué tal ha ido la semana? Unas palabras en la nota de hoy pueden ayudar en su próxima visita.</translation>
        </message>
        <message>
            <source>Dose due: {medicine}</source>
            <translation>Dosis pendiente: {medicine}</translation>
        </message>
        <message>
            <source>Dose due ({time}): {medicine}</source>
            <translation>Dosis pendiente ({time}): {medicine}</translation>
        </message>
        <message>
            <source>At {time} today: {appointment}</source>
            <translation>Hoy a las {time}: {appointment}</translation>
        </message>
        <message>
            <source>At {time} tomorrow: {appointment}</source>
            <translation>Mañana a las {time}: {appointment}</translation>
        </message>
    </context>
    <context>
        <name>schedules</name>
        <message>
            <source>The last day is before the first day.</source>
            <translation>El último día es anterior al primero.</translation>
        </message>
        <message>
            <source>The same time is given twice.</source>
            <translation>La misma hora aparece dos veces.</translation>
        </message>
        <message>
            <source>Please give at most {count} times a day.</source>
            <translation>Indique como máximo {count} horas al día.</translation>
        </message>
        <message>
            <source>Please give the days on as a number from 1 to {most}.</source>
            <translation>Indique los días de toma con un número de 1 a {most}.</translation>
        </message>
        <message>
            <source>Please give the days off as a number from 1 to {most} (with no days off, choose “Every day”).</source>
            <translation>Indique los días de descanso con un número de 1 a {most} (sin días de descanso, elija «Todos los días»).</translation>
        </message>
        <message>
            <source>Please give a number of days from 2 to {most} (once a day is “Every day”).</source>
            <translation>Indique un número de días de 2 a {most} (una vez al día es «Todos los días»).</translation>
        </message>
        <message>
            <source>A medicine taken as needed has no set times.</source>
            <translation>Un medicamento que se toma si lo necesita no tiene horas fijas.</translation>
        </message>
        <message>
            <source>Please give a gap of more than 0 and at most {hours} hours.</source>
            <translation>Indique un intervalo de más de 0 y como máximo {hours} horas.</translation>
        </message>
        <message>
            <source>Only a medicine taken as needed has a least gap.</source>
            <translation>Solo un medicamento que se toma si lo necesita tiene un intervalo mínimo.</translation>
        </message>
        <message>
            <source>Please give a score from {low} to {high}.</source>
            <translation>Indique una puntuación de {low} a {high}.</translation>
        </message>
    </context>
    <context>
        <name>severity</name>
        <message>
            <source>none</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>mild</source>
            <translation>leve</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>moderado</translation>
        </message>
        <message>
            <source>severe</source>
            <translation>grave</translation>
        </message>
    </context>
    <context>
        <name>summary</name>
        <message>
            <source>Please choose at least one part to include.</source>
            <translation>Elija al menos una parte para incluir.</translation>
        </message>
        <message>
            <source>Please write the caregiver's name.</source>
            <translation>Escriba el nombre de la persona cuidadora.</translation>
        </message>
        <message>
            <source>The name contains an invisible control character. Please retype it.</source>
            <translation>El nombre contiene un carácter de control invisible. Escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>Please keep the name under {count} characters.</source>
            <translation>El nombre debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>Since your last oncology visit on {day}.</source>
            <translation>Desde su última consulta de oncología, el {day}.</translation>
        </message>
        <message>
            <source>Since your last appointment on {day}; no oncology visit is recorded.</source>
            <translation>Desde su última cita, el {day}; no hay ninguna consulta de oncología anotada.</translation>
        </message>
        <message>
            <source>Since your last appointment on {day} ({appointment}); no oncology visit is recorded.</source>
            <translation>Desde su última cita, el {day} ({appointment}); no hay ninguna consulta de oncología anotada.</translation>
        </message>
        <message numerus="yes">
            <source>The last %n days (an app default: no earlier visit is recorded).</source>
            <translation>
                <numerusform>El último día (un valor predeterminado de la aplicación: no hay ninguna visita anterior anotada).</numerusform>
                <numerusform>Los últimos %n días (un valor predeterminado de la aplicación: no hay ninguna visita anterior anotada).</numerusform>
            </translation>
        </message>
        <message>
            <source>Please choose the first day of the summary.</source>
            <translation>Elija el primer día del resumen.</translation>
        </message>
        <message>
            <source>This date is in the future. Please choose today or earlier.</source>
            <translation>Esta fecha es futura. Elija hoy o una fecha anterior.</translation>
        </message>
        <message>
            <source>Please choose the last day of the summary.</source>
            <translation>Elija el último día del resumen.</translation>
        </message>
        <message>
            <source>The end is before the start. Please choose {day} or later.</source>
            <translation>El final es anterior al inicio. Elija el {day} o una fecha posterior.</translation>
        </message>
    </context>
    <context>
        <name>symptoms</name>
        <message>
            <source>Please type a name for the symptom.</source>
            <translation>Escriba un nombre para el síntoma.</translation>
        </message>
        <message>
            <source>The name contains an invisible control character. Please retype it.</source>
            <translation>El nombre contiene un carácter de control invisible. Escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>Please keep the name under {count} characters.</source>
            <translation>El nombre debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>“{name}” is already in your list.</source>
            <translation>«{name}» ya está en su lista.</translation>
        </message>
    </context>
    <context>
        <name>transfer</name>
        <message>
            <source>The file is not UTF-8 text, so it is not an export from this app (or it is damaged).</source>
            <translation>El archivo no es texto UTF-8, así que no es una exportación de esta aplicación (o está dañado).</translation>
        </message>
        <message>
            <source>The file is empty. Export the record again, or use a complete copy of the file.</source>
            <translation>El archivo está vacío. Exporte el registro de nuevo o use una copia completa del archivo.</translation>
        </message>
        <message>
            <source>{name}'s record</source>
            <translation>Registro de {name}</translation>
        </message>
        <message>
            <source>A record with no person</source>
            <translation>Un registro sin persona</translation>
        </message>
        <message numerus="yes">
            <source>%n symptom entry</source>
            <translation>
                <numerusform>%n anotación de síntomas</numerusform>
                <numerusform>%n anotaciones de síntomas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n symptom entries</source>
            <translation>
                <numerusform>%n anotación de síntomas</numerusform>
                <numerusform>%n anotaciones de síntomas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement</source>
            <translation>
                <numerusform>%n medición</numerusform>
                <numerusform>%n mediciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurements</source>
            <translation>
                <numerusform>%n medición</numerusform>
                <numerusform>%n mediciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day note</source>
            <translation>
                <numerusform>%n nota del día</numerusform>
                <numerusform>%n notas del día</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day notes</source>
            <translation>
                <numerusform>%n nota del día</numerusform>
                <numerusform>%n notas del día</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n treatment</source>
            <translation>
                <numerusform>%n tratamiento</numerusform>
                <numerusform>%n tratamientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n treatments</source>
            <translation>
                <numerusform>%n tratamiento</numerusform>
                <numerusform>%n tratamientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n appointment</source>
            <translation>
                <numerusform>%n cita</numerusform>
                <numerusform>%n citas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n appointments</source>
            <translation>
                <numerusform>%n cita</numerusform>
                <numerusform>%n citas</numerusform>
            </translation>
        </message>
        <message>
            <source>{whose}: {entries}, {measurements}, {notes}, {treatments} and {appointments}.</source>
            <translation>{whose}: {entries}, {measurements}, {notes}, {treatments} y {appointments}.</translation>
        </message>
        <message>
            <source>{whose}: {entries}, {measurements}, {notes}, {treatments} and {appointments}, on {days}.</source>
            <translation>{whose}: {entries}, {measurements}, {notes}, {treatments} y {appointments}, el {days}.</translation>
        </message>
        <message>
            <source>{whose}: {entries}, {measurements}, {notes}, {treatments} and {appointments}, from {days}.</source>
            <translation>{whose}: {entries}, {measurements}, {notes}, {treatments} y {appointments}, en el periodo {days}.</translation>
        </message>
        <message>
            <source>{file} could not be read ({reason}).</source>
            <translation>No se ha podido leer {file} ({reason}).</translation>
        </message>
        <message>
            <source>There is no file at {file}. Check the name and try again.</source>
            <translation>No hay ningún archivo en {file}. Revise el nombre e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{file} is a folder; choose the exported .json file in it.</source>
            <translation>{file} es una carpeta; elija el archivo .json exportado que hay dentro.</translation>
        </message>
        <message>
            <source>{file} is a named pipe, not an ordinary file, so it is not an export from this app; choose the .json file that “mbc-tracker export” wrote.</source>
            <translation>{file} es una tubería con nombre, no un archivo normal, así que no es una exportación de esta aplicación; elija el archivo .json que escribió «mbc-tracker export».</translation>
        </message>
        <message>
            <source>{file} is a socket, not an ordinary file, so it is not an export from this app; choose the .json file that “mbc-tracker export” wrote.</source>
            <translation>{file} es un socket, no un archivo normal, así que no es una exportación de esta aplicación; elija el archivo .json que escribió «mbc-tracker export».</translation>
        </message>
        <message>
            <source>{file} is a device, not an ordinary file, so it is not an export from this app; choose the .json file that “mbc-tracker export” wrote.</source>
            <translation>{file} es un dispositivo, no un archivo normal, así que no es una exportación de esta aplicación; elija el archivo .json que escribió «mbc-tracker export».</translation>
        </message>
        <message>
            <source>{file} is a special file, not an ordinary file, so it is not an export from this app; choose the .json file that “mbc-tracker export” wrote.</source>
            <translation>{file} es un archivo especial, no un archivo normal, así que no es una exportación de esta aplicación; elija el archivo .json que escribió «mbc-tracker export».</translation>
        </message>
        <message>
            <source>{file} is larger than {size} MiB, the most an import reads; an export from this app is far smaller (ten years of entries take about 6 MB), so this is not one.</source>
            <translation>{file} ocupa más de {size} MiB, lo máximo que lee una importación; una exportación de esta aplicación es mucho más pequeña (diez años de anotaciones ocupan unos 6 MB), así que no lo es.</translation>
        </message>
        <message>
            <source>This file could not be checked because of a fault in the app ({fault}), so nothing was imported. Please report it, without the file: it holds health details.</source>
            <translation>No se ha podido comprobar este archivo por un fallo de la aplicación ({fault}), así que no se ha importado nada. Comunique el fallo, sin el archivo: contiene datos de salud.</translation>
        </message>
        <message>
            <source>The record refused part of the file, so none of it was saved ({reason}).</source>
            <translation>El registro rechazó parte del archivo, así que no se ha guardado nada de él ({reason}).</translation>
        </message>
        <message>
            <source>The record in {folder} already holds data, so nothing was imported (an import never mixes two records). Import into a new data folder instead: mbc-tracker --data-dir NEW_FOLDER import FILE.json</source>
            <translation>El registro de {folder} ya contiene datos, así que no se ha importado nada (una importación nunca mezcla dos registros). Importe en una carpeta de datos nueva: mbc-tracker --data-dir CARPETA_NUEVA import ARCHIVO.json</translation>
        </message>
    </context>
    <context>
        <name>transfer_checks</name>
        <message>
            <source>... and {count} more like these.</source>
            <translation>... y {count} más como estos.</translation>
        </message>
        <message>
            <source>the number {value}</source>
            <translation>el número {value}</translation>
        </message>
        <message>
            <source>the text {value}</source>
            <translation>el texto {value}</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
        <message>
            <source>{value} is beyond anything this app can store; please check it.</source>
            <translation>{value} supera todo lo que esta aplicación puede guardar; revíselo.</translation>
        </message>
        <message>
            <source>expected text in quotes, found {found}.</source>
            <translation>se esperaba texto entre comillas y se encontró {found}.</translation>
        </message>
        <message>
            <source>this text holds a broken character ({value} at position {position}), so the file is damaged or was changed; please retype it.</source>
            <translation>este texto tiene un carácter roto ({value} en la posición {position}), así que el archivo está dañado o se modificó; escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>this cannot be empty; please fill it in.</source>
            <translation>esto no puede estar vacío; rellénelo.</translation>
        </message>
        <message>
            <source>this contains an invisible control character; please retype it.</source>
            <translation>esto contiene un carácter de control invisible; escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>expected true or false, found {found}.</source>
            <translation>se esperaba true o false y se encontró {found}.</translation>
        </message>
        <message>
            <source>expected a number, found {found}.</source>
            <translation>se esperaba un número y se encontró {found}.</translation>
        </message>
        <message>
            <source>expected a whole number, found {found}.</source>
            <translation>se esperaba un número entero y se encontró {found}.</translation>
        </message>
        <message>
            <source>{value} is not a place on Today; use a whole number from 0 to {most} (lower comes first).</source>
            <translation>{value} no es una posición en Hoy; use un número entero de 0 a {most} (el menor va primero).</translation>
        </message>
        <message>
            <source>{value} is not a percentage; use a number from 0 to 100.</source>
            <translation>{value} no es un porcentaje; use un número de 0 a 100.</translation>
        </message>
        <message>
            <source>{value} is not a date; write it as YYYY-MM-DD, such as 2024-05-31.</source>
            <translation>{value} no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2024-05-31.</translation>
        </message>
        <message>
            <source>{value} has a time zone; give the local time without one.</source>
            <translation>{value} tiene zona horaria; indique la hora local sin ella.</translation>
        </message>
        <message>
            <source>{value} is not a date and time; write it as YYYY-MM-DDTHH:MM:SS, such as 2024-05-31T20:30:00.</source>
            <translation>{value} no es una fecha y hora; escríbala como AAAA-MM-DDTHH:MM:SS, por ejemplo 2024-05-31T20:30:00.</translation>
        </message>
        <message>
            <source>{value} is not a time of day; write it as HH:MM, such as 08:00.</source>
            <translation>{value} no es una hora del día; escríbala como HH:MM, por ejemplo 08:00.</translation>
        </message>
        <message>
            <source>expected one of {allowed}; found {found}.</source>
            <translation>se esperaba uno de estos valores: {allowed}; se encontró {found}.</translation>
        </message>
        <message>
            <source>{value} is not one of the allowed values: {allowed}.</source>
            <translation>{value} no es uno de los valores permitidos: {allowed}.</translation>
        </message>
        <message>
            <source>{value} is not a field of this format.</source>
            <translation>{value} no es un campo de este formato.</translation>
        </message>
        <message>
            <source>did you mean “{name}”?</source>
            <translation>¿quería decir «{name}»?</translation>
        </message>
        <message>
            <source>check its spelling (the fields are: {fields}).</source>
            <translation>revise cómo está escrito (los campos son: {fields}).</translation>
        </message>
        <message>
            <source>check its spelling against the fields listed in docs/json-format.md.</source>
            <translation>revise cómo está escrito con los campos que indica docs/json-format.md.</translation>
        </message>
        <message>
            <source>{value} is not a field of this format; {hint}</source>
            <translation>{value} no es un campo de este formato; {hint}</translation>
        </message>
        <message>
            <source>expected an object {{...}}, found {found}.</source>
            <translation>se esperaba un objeto {{...}} y se encontró {found}.</translation>
        </message>
        <message>
            <source>this field is required but missing.</source>
            <translation>este campo es obligatorio, pero falta.</translation>
        </message>
        <message>
            <source>{day} is in the future; only past days and today can be imported.</source>
            <translation>{day} es una fecha futura; solo se pueden importar días pasados y el de hoy.</translation>
        </message>
        <message>
            <source>This is not an MBC Care Tracker export (it should start with "format": "{format}"). Choose a file made with "mbc-tracker export".</source>
            <translation>Esto no es una exportación de MBC Care Tracker (debería empezar por "format": "{format}"). Elija un archivo creado con "mbc-tracker export".</translation>
        </message>
        <message>
            <source>format_version: expected a whole number from 1 up, found {found}.</source>
            <translation>format_version: se esperaba un número entero desde 1 y se encontró {found}.</translation>
        </message>
        <message>
            <source>This file was made by a newer version of MBC Care Tracker (format version {version}; this version reads up to {newest}). Update the app, then import the file again.</source>
            <translation>Este archivo se creó con una versión más reciente de MBC Care Tracker (versión de formato {version}; esta versión lee hasta la {newest}). Actualice la aplicación y vuelva a importar el archivo.</translation>
        </message>
        <message>
            <source>{value} is not a field of this format; the top level holds only {fields}.</source>
            <translation>{value} no es un campo de este formato; el nivel superior solo contiene {fields}.</translation>
        </message>
        <message>
            <source>record: expected an object {{...}}, found {found}.</source>
            <translation>record: se esperaba un objeto {{...}} y se encontró {found}.</translation>
        </message>
        <message>
            <source>record: {value} is not a section of this format; the sections are {fields}.</source>
            <translation>record: {value} no es una sección de este formato; las secciones son {fields}.</translation>
        </message>
        <message>
            <source>{value} is not a symptom this app knows, and tracked_symptoms has no own symptom with that key.</source>
            <translation>{value} no es un síntoma que conozca esta aplicación, y tracked_symptoms no tiene ningún síntoma propio con esa clave.</translation>
        </message>
        <message>
            <source>expected a list [...], found {found}.</source>
            <translation>se esperaba una lista [...] y se encontró {found}.</translation>
        </message>
        <message>
            <source>a care team belongs to the person the record is about, and this file has no person; give the person (at least a name), or leave care_team empty.</source>
            <translation>un equipo médico pertenece a la persona del registro, y este archivo no tiene persona; indique la persona (al menos un nombre) o deje care_team vacío.</translation>
        </message>
        <message>
            <source>the treatment ends before it starts; please check both dates.</source>
            <translation>el tratamiento termina antes de empezar; revise las dos fechas.</translation>
        </message>
        <message>
            <source>{value} appears twice in tracked_symptoms; keep one.</source>
            <translation>{value} aparece dos veces en tracked_symptoms; deje uno.</translation>
        </message>
        <message>
            <source>{value} is a symptom from the app's list, not an own symptom; set “own” to false.</source>
            <translation>{value} es un síntoma de la lista de la aplicación, no un síntoma propio; ponga «own» en false.</translation>
        </message>
        <message>
            <source>an own symptom needs a name; please fill it in.</source>
            <translation>un síntoma propio necesita un nombre; rellénelo.</translation>
        </message>
        <message>
            <source>{value} is not a symptom this app knows. If it is one of your own, set “own” to true and give it a label.</source>
            <translation>{value} no es un síntoma que conozca esta aplicación. Si es uno propio, ponga «own» en true y dele una etiqueta (label).</translation>
        </message>
        <message>
            <source>{value} is a {kind} symptom in this app; set “kind” to “{kind}”.</source>
            <translation>{value} es un síntoma de tipo {kind} en esta aplicación; ponga «kind» en «{kind}».</translation>
        </message>
        <message>
            <source>{value} is rated from {low} to {high}; give a severity instead of present.</source>
            <translation>{value} se puntúa de {low} a {high}; indique severity en lugar de present.</translation>
        </message>
        <message>
            <source>missing; give a whole number from {low} to {high}.</source>
            <translation>falta; indique un número entero de {low} a {high}.</translation>
        </message>
        <message>
            <source>{value} is an event (it happened or not); give present: true or false instead of a severity.</source>
            <translation>{value} es un suceso (ocurrió o no); indique present: true o false en lugar de severity.</translation>
        </message>
        <message>
            <source>missing; give true if it happened, false if not.</source>
            <translation>falta; indique true si ocurrió y false si no.</translation>
        </message>
        <message>
            <source>{value} is not a weight unit; use “kg” or “lb”.</source>
            <translation>{value} no es una unidad de peso; use «kg» o «lb».</translation>
        </message>
        <message>
            <source>{value} is not a temperature unit; use “C” or “F”.</source>
            <translation>{value} no es una unidad de temperatura; use «C» o «F».</translation>
        </message>
        <message>
            <source>{day} has a second note; join the two into one.</source>
            <translation>{day} tiene una segunda nota; junte las dos en una.</translation>
        </message>
        <message>
            <source>this is before the flag's first day; please check both dates.</source>
            <translation>esto es anterior al primer día del aviso; revise las dos fechas.</translation>
        </message>
        <message>
            <source>{severity} is outside the scale; use a whole number from {low} to {high}.</source>
            <translation>{severity} está fuera de la escala; use un número entero de {low} a {high}.</translation>
        </message>
        <message>
            <source>the same flag is acknowledged twice; keep one.</source>
            <translation>el mismo aviso está marcado dos veces; deje uno.</translation>
        </message>
        <message>
            <source>{value} is outside 1 to {most} minutes; please check it.</source>
            <translation>{value} está fuera del intervalo de 1 a {most} minutos; revíselo.</translation>
        </message>
        <message>
            <source>another schedule of this treatment starts that day.</source>
            <translation>otra pauta de este tratamiento empieza ese día.</translation>
        </message>
        <message>
            <source>this dose (the same day and time) is recorded twice; keep one.</source>
            <translation>esta dosis (el mismo día y hora) está anotada dos veces; deje una.</translation>
        </message>
    </context>
    <context>
        <name>treatments</name>
        <message>
            <source>Please type the medicine or regimen, for example “letrozole” or “capecitabine”.</source>
            <translation>Escriba el medicamento o el esquema, por ejemplo «letrozol» o «capecitabina».</translation>
        </message>
        <message>
            <source>The name contains an invisible control character. Please retype it.</source>
            <translation>El nombre contiene un carácter de control invisible. Escríbalo de nuevo.</translation>
        </message>
        <message>
            <source>Please keep the name under {count} characters.</source>
            <translation>El nombre debe tener menos de {count} caracteres.</translation>
        </message>
        <message>
            <source>This date is more than {count} years from today. Please check the year.</source>
            <translation>Esta fecha está a más de {count} años de hoy. Revise el año.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La fecha de fin es anterior a la de inicio.</translation>
        </message>
        <message>
            <source>A reason for stopping needs an end date. Add the end date, or clear the reason.</source>
            <translation>Un motivo para dejarlo necesita una fecha de fin. Añada la fecha de fin o borre el motivo.</translation>
        </message>
        <message>
            <source>This treatment is no longer in the record.</source>
            <translation>Este tratamiento ya no está en el registro.</translation>
        </message>
    </context>
    <context>
        <name>untrusted_json</name>
        <message>
            <source>the number {value}</source>
            <translation>el número {value}</translation>
        </message>
        <message>
            <source>the number {value}… ({count} characters long)</source>
            <translation>el número {value}… ({count} caracteres)</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {reason}</source>
            <translation>El archivo no es JSON válido: {reason}</translation>
        </message>
        <message>
            <source>{name} is not a number JSON allows; use digits.</source>
            <translation>{name} no es un número que JSON permita; use cifras.</translation>
        </message>
        <message>
            <source>{where}: {key} appears twice in one object, so it is not clear which value is meant; keep one.</source>
            <translation>{where}: {key} aparece dos veces en un mismo objeto, así que no está claro qué valor se quiere; deje uno.</translation>
        </message>
        <message>
            <source>The top level</source>
            <translation>El nivel superior</translation>
        </message>
        <message>
            <source>The file nests lists or objects more than {count} levels deep, so it is not an export from this app.</source>
            <translation>El archivo anida listas u objetos a más de {count} niveles de profundidad, así que no es una exportación de esta aplicación.</translation>
        </message>
        <message>
            <source>The file nests lists or objects more than {count} levels deep (line {line}, column {column}), so it is not an export from this app.</source>
            <translation>El archivo anida listas u objetos a más de {count} niveles de profundidad (línea {line}, columna {column}), así que no es una exportación de esta aplicación.</translation>
        </message>
        <message>
            <source>The file ends too early: it looks cut short, perhaps while it was copied. Export the record again, or use a complete copy of the file.</source>
            <translation>El archivo termina antes de tiempo: parece cortado, quizá al copiarlo. Exporte el registro de nuevo o use una copia completa del archivo.</translation>
        </message>
        <message>
            <source>The file is not valid JSON (line {line}, column {column}: {reason}). It may have been changed by hand; use an unchanged export.</source>
            <translation>El archivo no es JSON válido (línea {line}, columna {column}: {reason}). Puede que se haya modificado a mano; use una exportación sin modificar.</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>A forgotten passphrase cannot be recovered: nobody can open the record without it. Only an exported copy (File &gt; Export…) kept somewhere safe could bring the record back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>Qt date format of a date field: d day, MMMM month name, yyyy year; quote other words</comment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
    </context>
</TS>
