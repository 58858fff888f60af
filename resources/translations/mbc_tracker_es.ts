<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
            <translation type="unfinished">Peso ({unit})</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation type="unfinished">Peso</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation type="unfinished">Temperatura</translation>
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
            <translation type="unfinished">Temperatura ({unit})</translation>
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
            <translation>Se guardan en el registro de {name}. Lo ya guardado se muestra en las nuevas unidades, sin cambiarlo.</translation>
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
            <source>Language on this computer</source>
            <translation>Idioma en este ordenador</translation>
        </message>
        <message>
            <source>Same as this computer ({language})</source>
            <translation>El de este ordenador ({language})</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>For the window, the clinic summary and the command line. A new choice is used from the next time the app starts.</source>
            <translation>Para la ventana, el resumen y la línea de comandos. Se aplica la próxima vez que se abra la aplicación.</translation>
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
            <translation>Solo para registros protegidos: tras este tiempo sin uso, la ventana oculta todo hasta que se escriba la frase de contraseña. Lo no guardado se conserva. 10 minutos es un valor predeterminado que puede cambiar.</translation>
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
            <translation type="unfinished">Preguntas para hacer</translation>
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
            <translation>Abierto solo para lectura: este registro está abierto en otra ventana o comando, así que aquí no se puede guardar nada.</translation>
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
            <translation type="unfinished">RE</translation>
        </message>
        <message>
            <source>PR</source>
            <translation type="unfinished">RP</translation>
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
            <translation type="unfinished">HER2 positivo</translation>
        </message>
        <message>
            <source>HER2-low</source>
            <translation type="unfinished">HER2 bajo</translation>
        </message>
        <message>
            <source>HER2-zero</source>
            <translation type="unfinished">HER2 cero</translation>
        </message>
        <message>
            <source>HER2-negative</source>
            <translation type="unfinished">HER2 negativo</translation>
        </message>
        <message>
            <source>HER2 equivocal (not yet clear)</source>
            <translation type="unfinished">HER2 dudoso (aún no está claro)</translation>
        </message>
        <message>
            <source>HER2 unknown (IHC and ISH disagree)</source>
            <translation type="unfinished">HER2 desconocido (IHC e ISH no coinciden)</translation>
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
            <translation type="unfinished">Desconocido</translation>
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
            <translation type="unfinished">Desconocido</translation>
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
            <translation type="unfinished">Resumen para la consulta</translation>
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
            <translation type="unfinished">Hoy</translation>
        </message>
    </context>
    <context>
        <name>TreatmentsView</name>
        <message>
            <source>Treatment</source>
            <translation type="unfinished">Tratamiento</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished">Tipo</translation>
        </message>
        <message>
            <source>How given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished">Inicio</translation>
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
            <translation>Esperando el registro</translation>
        </message>
        <message>
            <source>“{name}” is open in another window or command. It will open here by itself as soon as it is closed there.</source>
            <translation>«{name}» está abierto en otra ventana o comando. Se abrirá aquí automáticamente en cuanto se cierre allí.</translation>
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
        <name>chart</name>
        <message>
            <source>The chart could not be drawn as a picture.</source>
            <translation>No se pudo dibujar el gráfico como imagen.</translation>
        </message>
    </context>
    <context>
        <name>history_chart</name>
        <message>
            <source>Daily values</source>
            <translation>Valores diarios</translation>
        </message>
        <message>
            <source>Weekly averages</source>
            <translation>Medias semanales</translation>
        </message>
        <message>
            <source>Monthly averages</source>
            <translation>Medias mensuales</translation>
        </message>
        <message>
            <source>Score before → after a dose</source>
            <translation>Puntuación antes → después de una dosis</translation>
        </message>
        <message>
            <source>Nothing logged in this period</source>
            <translation>Nada anotado en este periodo</translation>
        </message>
        <message>
            <source>Not marked as happening in this period</source>
            <translation>No se marcó como ocurrido en este periodo</translation>
        </message>
        <message>
            <source>Symptom, 0 to 10</source>
            <translation>Síntoma, de 0 a 10</translation>
        </message>
        <message>
            <source>Symptom (weekly average)</source>
            <translation>Síntoma (media semanal)</translation>
        </message>
        <message>
            <source>Symptom (monthly average)</source>
            <translation>Síntoma (media mensual)</translation>
        </message>
        <message>
            <source>a line in the symptom's lane: its base line is 0, its dotted top line 10</source>
            <translation>una línea en la franja del síntoma: su línea de base es 0 y su línea superior de puntos, 10</translation>
        </message>
        <message>
            <source>a line in the symptom's lane: its base line is 0, its dotted top line 10; each point is the average of a week</source>
            <translation>una línea en la franja del síntoma: su línea de base es 0 y su línea superior de puntos, 10; cada punto es la media de una semana</translation>
        </message>
        <message>
            <source>a line in the symptom's lane: its base line is 0, its dotted top line 10; each point is the average of a month</source>
            <translation>una línea en la franja del síntoma: su línea de base es 0 y su línea superior de puntos, 10; cada punto es la media de un mes</translation>
        </message>
        <message>
            <source>Event: a day it happened</source>
            <translation>Evento: un día en que ocurrió</translation>
        </message>
        <message>
            <source>Event: a week it happened</source>
            <translation>Evento: una semana en que ocurrió</translation>
        </message>
        <message>
            <source>Event: a month it happened</source>
            <translation>Evento: un mes en que ocurrió</translation>
        </message>
        <message>
            <source>A ring: that day itself raised a flag.</source>
            <translation>Un anillo: ese mismo día generó un aviso.</translation>
        </message>
        <message>
            <source>A ring: a day in that week itself raised a flag.</source>
            <translation>Un anillo: un día de esa semana generó un aviso.</translation>
        </message>
        <message>
            <source>A ring: a day in that month itself raised a flag.</source>
            <translation>Un anillo: un día de ese mes generó un aviso.</translation>
        </message>
        <message>
            <source>whose day raised the flag</source>
            <translation>cuyo día generó el aviso</translation>
        </message>
        <message>
            <source>whose week holds a day that raised the flag</source>
            <translation>cuya semana incluye un día que generó el aviso</translation>
        </message>
        <message>
            <source>whose month holds a day that raised the flag</source>
            <translation>cuyo mes incluye un día que generó el aviso</translation>
        </message>
        <message>
            <source>on 1 day this day</source>
            <translation>1 día</translation>
        </message>
        <message>
            <source>on 1 day this week</source>
            <translation>1 día esta semana</translation>
        </message>
        <message>
            <source>on 1 day this month</source>
            <translation>1 día este mes</translation>
        </message>
        <message numerus="yes">
            <source>on %n days this day</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>on %n days this week</source>
            <translation>
                <numerusform>%n día esta semana</numerusform>
                <numerusform>%n días esta semana</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>on %n days this month</source>
            <translation>
                <numerusform>%n día este mes</numerusform>
                <numerusform>%n días este mes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (Flagged on %n days this day.)</source>
            <translation>
                <numerusform> (%n aviso este día.)</numerusform>
                <numerusform> (%n avisos este día.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (Flagged on %n days this week.)</source>
            <translation>
                <numerusform> (Avisos en %n día de esta semana.)</numerusform>
                <numerusform> (Avisos en %n días de esta semana.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (Flagged on %n days this month.)</source>
            <translation>
                <numerusform> (Avisos en %n día de este mes.)</numerusform>
                <numerusform> (Avisos en %n días de este mes.)</numerusform>
            </translation>
        </message>
        <message>
            <source>triangle</source>
            <translation>triángulo</translation>
        </message>
        <message>
            <source>circle</source>
            <translation>círculo</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Nota: {note}</translation>
        </message>
        <message>
            <source>Week from {day}</source>
            <translation>Semana desde el {day}</translation>
        </message>
        <message>
            <source>happened</source>
            <translation>ocurrió</translation>
        </message>
        <message>
            <source>{value} of 10</source>
            <translation>{value} de 10</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 día</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>average {value} (highest {highest}, {days})</source>
            <translation>media {value} (máximo {highest}, {days})</translation>
        </message>
        <message>
            <source>average {value} ({days})</source>
            <translation>media {value} ({days})</translation>
        </message>
        <message>
            <source>From {span} · {grouping}</source>
            <translation>{span} · {grouping}</translation>
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
            <source>Weight ({unit})</source>
            <translation>Peso ({unit})</translation>
        </message>
        <message>
            <source>Temperature ({unit})</source>
            <translation>Temperatura ({unit})</translation>
        </message>
        <message>
            <source>Flag from {value} {unit} (adjustable)</source>
            <translation>Aviso desde {value} {unit} (ajustable)</translation>
        </message>
        <message>
            <source>Treatment began</source>
            <translation>Inicio de tratamiento</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>a downward triangle in the event's lane</source>
            <translation>un triángulo hacia abajo en la franja del evento</translation>
        </message>
        <message>
            <source>in a medicine's relief lane, for each dose taken as needed: a ring at the score before it, a line to a triangle at the score after (pointing down when the score fell), on the 0 to 10 scale</source>
            <translation>en la franja de alivio de un medicamento, por cada dosis tomada cuando la necesitó: un anillo en la puntuación de antes y una línea hasta un triángulo en la de después (hacia abajo si la puntuación bajó), en la escala de 0 a 10</translation>
        </message>
        <message>
            <source>a vertical line in the colour of the treatment's band, down across the lanes; the lanes are shaded in that colour while it lasts</source>
            <translation>una línea vertical del color de la banda del tratamiento, que baja por las franjas; las franjas se sombrean de ese color mientras dura</translation>
        </message>
        <message>
            <source>a diamond in the appointments row, and a dashed vertical line down across the lanes</source>
            <translation>un rombo en la fila de citas y una línea vertical discontinua que baja por las franjas</translation>
        </message>
        <message>
            <source>a diamond in the appointments row (too many in this period for lines down the lanes)</source>
            <translation>un rombo en la fila de citas (hay demasiadas en este periodo para trazar líneas por las franjas)</translation>
        </message>
        <message>
            <source>a faint dashed line across the temperature lane, in the colour of a 'contact promptly' flag: a day's highest temperature at or above it raises a fever flag (an adjustable app default, not a medical fact)</source>
            <translation>una línea discontinua tenue a lo largo de la franja de temperatura, del color de un aviso de «contactar pronto»: si la temperatura más alta de un día la alcanza o la supera, se genera un aviso de fiebre (valor predeterminado que puede cambiar, no un dato médico)</translation>
        </message>
        <message>
            <source>{colour} hollow {shape} around a point {whose}</source>
            <translation>{shape} hueco {colour} alrededor de un punto {whose}</translation>
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
            <source>appointment at {time}</source>
            <translation>cita a las {time}</translation>
        </message>
        <message>
            <source>fell by {change}</source>
            <translation>bajó {change}</translation>
        </message>
        <message>
            <source>rose by {change}</source>
            <translation>subió {change}</translation>
        </message>
        <message>
            <source>stayed the same</source>
            <translation>se mantuvo igual</translation>
        </message>
        <message>
            <source>{before} before, {after} after ({change})</source>
            <translation>{before} antes, {after} después ({change})</translation>
        </message>
        <message>
            <source>{kind}, ongoing</source>
            <translation>{kind}, en curso</translation>
        </message>
        <message>
            <source>{kind}, until {day}</source>
            <translation>{kind}, hasta el {day}</translation>
        </message>
        <message>
            <source>From {day}</source>
            <translation>Desde el {day}</translation>
        </message>
    </context>
    <context>
        <name>history_data</name>
        <message>
            <source>Relief after {medicine}</source>
            <translation>Alivio tras {medicine}</translation>
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
        <name>pages</name>
        <message>
            <source>Clinic visit summary</source>
            <translation>Resumen para la consulta</translation>
        </message>
        <message>
            <source>{span} (1 day)</source>
            <translation>{span} (1 día)</translation>
        </message>
        <message numerus="yes">
            <source>{span} (%n days)</source>
            <translation>
                <numerusform>{span} (%n día)</numerusform>
                <numerusform>{span} (%n días)</numerusform>
            </translation>
        </message>
        <message>
            <source>Page {number} of {count}</source>
            <translation>Página {number} de {count}</translation>
        </message>
        <message>
            <source>Born {day}</source>
            <translation>Nacimiento: {day}</translation>
        </message>
        <message>
            <source>Date of birth not given</source>
            <translation>Fecha de nacimiento no indicada</translation>
        </message>
        <message>
            <source>Name not given</source>
            <translation>Nombre no indicado</translation>
        </message>
        <message>
            <source>Period: {period}</source>
            <translation>Periodo: {period}</translation>
        </message>
        <message>
            <source>Made on {day}</source>
            <translation>Hecho el {day}</translation>
        </message>
        <message>
            <source>The summary's pages could not be started on this printer or file.</source>
            <translation>No se pudieron empezar las páginas del resumen en esta impresora o en este archivo.</translation>
        </message>
    </context>
    <context>
        <name>pdf</name>
        <message>
            <source>The PDF could not be written in {folder}.</source>
            <translation>No se pudo escribir el PDF en {folder}.</translation>
        </message>
        <message>
            <source>the summary</source>
            <translation>el resumen</translation>
        </message>
        <message>
            <source>The PDF could not be written completely in {folder}.</source>
            <translation>No se pudo escribir el PDF completo en {folder}.</translation>
        </message>
    </context>
    <context>
        <name>style</name>
        <message>
            <source>vermillion</source>
            <translation>bermellón</translation>
        </message>
        <message>
            <source>Flag: contact promptly</source>
            <translation>Aviso: contactar pronto</translation>
        </message>
        <message>
            <source>grey</source>
            <translation>gris</translation>
        </message>
        <message>
            <source>Flag: mention next visit</source>
            <translation>Aviso: comentar en la visita</translation>
        </message>
    </context>
    <context>
        <name>summary_builder</name>
        <message numerus="yes">
            <source>{span} (%n days)</source>
            <translation>
                <numerusform>{span} (%n día)</numerusform>
                <numerusform>{span} (%n días)</numerusform>
            </translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Anotado</translation>
        </message>
        <message>
            <source>At or above the app's threshold</source>
            <translation>En el umbral de la aplicación o por encima</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Above the usual level</source>
            <translation>Por encima del nivel habitual</translation>
        </message>
        <message>
            <source>Weight loss above the app's threshold</source>
            <translation>Pérdida de peso por encima del umbral de la aplicación</translation>
        </message>
        <message>
            <source>A temperature at or above the app's threshold</source>
            <translation>Una temperatura en el umbral de la aplicación o por encima</translation>
        </message>
        <message>
            <source>{found} on 1 day in this period</source>
            <translation>{found}: 1 día en este periodo</translation>
        </message>
        <message numerus="yes">
            <source>{found} on %n days in a row in this period</source>
            <translation>
                <numerusform>{found}: %n día seguido en este periodo</numerusform>
                <numerusform>{found}: %n días seguidos en este periodo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{found} on %n days in this period</source>
            <translation>
                <numerusform>{found}: %n día en este periodo</numerusform>
                <numerusform>{found}: %n días en este periodo</numerusform>
            </translation>
        </message>
        <message>
            <source>{found} (the episode began before this period and went on after it)</source>
            <translation>{found} (el episodio empezó antes de este periodo y continuó después)</translation>
        </message>
        <message>
            <source>{found} (the episode began before this period)</source>
            <translation>{found} (el episodio empezó antes de este periodo)</translation>
        </message>
        <message>
            <source>{found} (the episode went on after this period)</source>
            <translation>{found} (el episodio continuó después de este periodo)</translation>
        </message>
        <message>
            <source>. This app </source>
            <translation>. Esta aplicación </translation>
        </message>
        <message>
            <source>. The articles speak </source>
            <translation>. Los artículos hablan </translation>
        </message>
        <message>
            <source>Not logged in the previous period</source>
            <translation>Sin anotar en el periodo anterior</translation>
        </message>
        <message>
            <source>About the same on average: {now} against {before}</source>
            <translation>Parecido de media: {now} frente a {before}</translation>
        </message>
        <message>
            <source>Higher on average: {now} against {before}</source>
            <translation>Más alto de media: {now} frente a {before}</translation>
        </message>
        <message>
            <source>Lower on average: {now} against {before}</source>
            <translation>Más bajo de media: {now} frente a {before}</translation>
        </message>
        <message>
            <source>Not in either period</source>
            <translation>En ninguno de los dos periodos</translation>
        </message>
        <message>
            <source>Same number of days: {now}</source>
            <translation>Mismo número de días: {now}</translation>
        </message>
        <message>
            <source>More days: {now} against {before}</source>
            <translation>Más días: {now} frente a {before}</translation>
        </message>
        <message>
            <source>Fewer days: {now} against {before}</source>
            <translation>Menos días: {now} frente a {before}</translation>
        </message>
        <message>
            <source>Only one weight logged, on {day}</source>
            <translation>Un solo peso anotado, el {day}</translation>
        </message>
        <message>
            <source>No change from {span}</source>
            <translation>Sin cambios en el periodo {span}</translation>
        </message>
        <message>
            <source>Up {amount} {unit} ({percent}%) from {span}</source>
            <translation>Sube {amount} {unit} ({percent} %) en el periodo {span}</translation>
        </message>
        <message>
            <source>Down {amount} {unit} ({percent}%) from {span}</source>
            <translation>Baja {amount} {unit} ({percent} %) en el periodo {span}</translation>
        </message>
        <message>
            <source>HER2-positive</source>
            <translation>HER2 positivo</translation>
        </message>
        <message>
            <source>HER2-low</source>
            <translation>HER2 bajo</translation>
        </message>
        <message>
            <source>HER2-zero</source>
            <translation>HER2 cero</translation>
        </message>
        <message>
            <source>HER2-negative</source>
            <translation>HER2 negativo</translation>
        </message>
        <message>
            <source>HER2 equivocal (not yet clear)</source>
            <translation>HER2 dudoso (aún no está claro)</translation>
        </message>
        <message>
            <source>HER2 unknown (IHC and ISH disagree)</source>
            <translation>HER2 desconocido (IHC e ISH no coinciden)</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>No consta</translation>
        </message>
        <message>
            <source>ISH amplified</source>
            <translation>ISH amplificado</translation>
        </message>
        <message>
            <source>ISH not amplified</source>
            <translation>ISH no amplificado</translation>
        </message>
        <message>
            <source>mutation found</source>
            <translation>mutación detectada</translation>
        </message>
        <message>
            <source>no mutation found</source>
            <translation>sin mutación detectada</translation>
        </message>
        <message>
            <source>not tested</source>
            <translation>no analizado</translation>
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
            <source>Not tested</source>
            <translation>No analizado</translation>
        </message>
        <message>
            <source>First tumour (primary)</source>
            <translation>Primer tumor (primario)</translation>
        </message>
        <message>
            <source>Metastasis: {site}</source>
            <translation>Metástasis: {site}</translation>
        </message>
        <message>
            <source>Metastasis (site not given)</source>
            <translation>Metástasis (localización no indicada)</translation>
        </message>
        <message>
            <source>Positive ({percent}%)</source>
            <translation>Positivo ({percent} %)</translation>
        </message>
        <message>
            <source>Negative ({percent}%)</source>
            <translation>Negativo ({percent} %)</translation>
        </message>
        <message>
            <source> Guideline: {name}.</source>
            <translation> Guía: {name}.</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>Hormone receptor</source>
            <translation>Receptores hormonales</translation>
        </message>
        <message>
            <source>Left over from {day}</source>
            <translation>Pendiente desde el {day}</translation>
        </message>
        <message>
            <source>De novo (metastatic at the first diagnosis)</source>
            <translation>De novo (metastásico ya en el primer diagnóstico)</translation>
        </message>
        <message>
            <source>Recurrence (came back after earlier treatment)</source>
            <translation>Recidiva (volvió tras un tratamiento anterior)</translation>
        </message>
        <message>
            <source>Bone</source>
            <translation>Hueso</translation>
        </message>
        <message>
            <source>Lung</source>
            <translation>Pulmón</translation>
        </message>
        <message>
            <source>Liver</source>
            <translation>Hígado</translation>
        </message>
        <message>
            <source>Brain</source>
            <translation>Cerebro</translation>
        </message>
        <message numerus="yes">
            <source>; %n times in all</source>
            <translation>
                <numerusform>; %n vez en total</numerusform>
                <numerusform>; %n veces en total</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>summary_data</name>
        <message>
            <source>Flagged in this period</source>
            <translation>Avisos de este periodo</translation>
        </message>
        <message>
            <source>Symptoms</source>
            <translation>Síntomas</translation>
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
            <source>Treatments</source>
            <translation>Tratamientos</translation>
        </message>
        <message>
            <source>Latest receptor results</source>
            <translation>Últimos resultados de receptores</translation>
        </message>
        <message>
            <source>Upcoming appointments and questions</source>
            <translation>Próximas citas y preguntas</translation>
        </message>
        <message>
            <source>Notes from this period</source>
            <translation>Notas de este periodo</translation>
        </message>
        <message>
            <source>Prepared by the patient or her caregiver from self-reported data; this is not a medical record.</source>
            <translation>Preparado por la paciente o quien la cuida a partir de datos anotados por ellas mismas; no es una historia clínica.</translation>
        </message>
        <message>
            <source>Flags come from rules in this app with thresholds the person can adjust (app defaults, not medical rules); each reason is paraphrased from the articles named as its source.</source>
            <translation>Los avisos salen de reglas de esta aplicación con umbrales que la persona puede ajustar (valores predeterminados de la aplicación, no reglas médicas); cada motivo resume con otras palabras los artículos citados como fuente.</translation>
        </message>
        <message>
            <source>Medicines in this period</source>
            <translation>Medicamentos en este periodo</translation>
        </message>
        <message>
            <source>“Not recorded” means no answer was saved in the app for a dose that was due; it does not say whether the dose was taken.</source>
            <translation>«Sin anotar» significa que no se guardó ninguna respuesta en la aplicación para una dosis pendiente; no indica si la dosis se tomó o no.</translation>
        </message>
        <message>
            <source>This app does not replace your care team. If you feel very unwell, contact them or emergency services.</source>
            <translation>Esta aplicación no sustituye a su equipo médico. Si se encuentra muy mal, contacte con ellos o con los servicios de urgencias.</translation>
        </message>
        <message>
            <source>Prepared by {name} (caregiver)</source>
            <translation>Preparado por {name} (cuidador/a)</translation>
        </message>
        <message>
            <source>Prepared by a caregiver</source>
            <translation>Preparado por una persona cuidadora</translation>
        </message>
        <message>
            <source>Prepared by {name} (the patient)</source>
            <translation>Preparado por {name} (la paciente)</translation>
        </message>
        <message>
            <source>Prepared by the patient</source>
            <translation>Preparado por la paciente</translation>
        </message>
        <message>
            <source>Clinic visit summary – {name}</source>
            <translation>Resumen para la consulta – {name}</translation>
        </message>
        <message>
            <source>Contact the care team promptly</source>
            <translation>Contactar pronto con el equipo médico</translation>
        </message>
        <message>
            <source>Mention at the next visit</source>
            <translation>Comentar en la próxima visita</translation>
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
            <source>Taking now</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Stopped after this period</source>
            <translation>Suspendido después de este periodo</translation>
        </message>
        <message>
            <source>Stopped in this period</source>
            <translation>Suspendido en este periodo</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>ER</source>
            <translation>RE</translation>
        </message>
        <message>
            <source>PR</source>
            <translation>RP</translation>
        </message>
        <message>
            <source>Discussed on {day}</source>
            <translation>Comentado el {day}</translation>
        </message>
        <message>
            <source>; worse since</source>
            <translation>; ha empeorado desde entonces</translation>
        </message>
    </context>
    <context>
        <name>summary_document</name>
        <message>
            <source>Nothing logged in this period was flagged by the app's rules.</source>
            <translation>Nada de lo anotado en este periodo generó un aviso con las reglas de la aplicación.</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>De un vistazo</translation>
        </message>
        <message>
            <source>Upcoming appointments</source>
            <translation>Próximas citas</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Preguntas para hacer</translation>
        </message>
        <message>
            <source>Care team</source>
            <translation>Equipo médico</translation>
        </message>
        <message>
            <source>Appendix</source>
            <translation>Anexo</translation>
        </message>
        <message>
            <source>Receptor results in full</source>
            <translation>Resultados de receptores completos</translation>
        </message>
        <message>
            <source>Sources: </source>
            <translation>Fuentes: </translation>
        </message>
        <message>
            <source>Symptom</source>
            <translation>Síntoma</translation>
        </message>
        <message>
            <source>What the app found</source>
            <translation>Lo que encontró la aplicación</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation>Hablado</translation>
        </message>
        <message>
            <source>and 1 earlier flag in this period (all are listed in the app)</source>
            <translation>y 1 aviso anterior en este periodo (todos figuran en la aplicación)</translation>
        </message>
        <message numerus="yes">
            <source>and %n earlier flags in this period (all are listed in the app)</source>
            <translation>
                <numerusform>y %n aviso anterior en este periodo (todos figuran en la aplicación)</numerusform>
                <numerusform>y %n avisos anteriores en este periodo (todos figuran en la aplicación)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n flags</source>
            <translation>
                <numerusform>%n aviso</numerusform>
                <numerusform>%n avisos</numerusform>
            </translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Aún no</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>Also given above for {names}.</source>
            <translation>También indicado arriba para {names}.</translation>
        </message>
        <message>
            <source>As given above for {names}.</source>
            <translation>Como se indica arriba para {names}.</translation>
        </message>
        <message>
            <source>Why it matters: </source>
            <translation>Por qué importa: </translation>
        </message>
        <message>
            <source>1 flag with a day in this period, by symptom, the open ones first.</source>
            <translation>1 aviso con algún día en este periodo, por síntoma, primero los abiertos.</translation>
        </message>
        <message numerus="yes">
            <source>%n flags with a day in this period, by symptom, the open ones first.</source>
            <translation>
                <numerusform>%n aviso con algún día en este periodo, por síntoma, primero los abiertos.</numerusform>
                <numerusform>%n avisos con algún día en este periodo, por síntoma, primero los abiertos.</numerusform>
            </translation>
        </message>
        <message>
            <source> 1 of them was already discussed with the care team and is not worse since.</source>
            <translation> 1 de ellos ya se comentó con el equipo médico y no ha empeorado desde entonces.</translation>
        </message>
        <message numerus="yes">
            <source> %n of them were already discussed with the care team and are not worse since.</source>
            <translation>
                <numerusform> %n de ellos ya se comentó con el equipo médico y no ha empeorado desde entonces.</numerusform>
                <numerusform> %n de ellos ya se comentaron con el equipo médico y no han empeorado desde entonces.</numerusform>
            </translation>
        </message>
        <message>
            <source>Days present</source>
            <translation>Días presente</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Change against the previous period</source>
            <translation>Cambio respecto al periodo anterior</translation>
        </message>
        <message>
            <source>No symptoms logged in this period.</source>
            <translation>No se anotaron síntomas en este periodo.</translation>
        </message>
        <message numerus="yes">
            <source>Highest and average on the 0–10 scale; the change is against the previous %n days, {span}.</source>
            <translation>
                <numerusform>Máximo y media en la escala de 0 a 10; el cambio es respecto al %n día anterior, {span}.</numerusform>
                <numerusform>Máximo y media en la escala de 0 a 10; el cambio es respecto a los %n días anteriores, {span}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{present} of {logged}</source>
            <translation>{present} de {logged}</translation>
        </message>
        <message>
            <source> Logged as absent on every day, now and before: </source>
            <translation> Anotados como ausentes todos los días, ahora y antes: </translation>
        </message>
        <message>
            <source>No current or recent treatments recorded.</source>
            <translation>No consta ningún tratamiento actual ni reciente.</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Why stopped</source>
            <translation>Motivo del fin</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Doses recorded in this period</source>
            <translation>Dosis anotadas en este periodo</translation>
        </message>
        <message>
            <source>Marker</source>
            <translation>Marcador</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Interpretación</translation>
        </message>
        <message>
            <source>Test of </source>
            <translation>Prueba del </translation>
        </message>
        <message>
            <source>   Sample: </source>
            <translation>   Muestra: </translation>
        </message>
        <message>
            <source>Subtype: </source>
            <translation>Subtipo: </translation>
        </message>
        <message>
            <source>Differences from earlier tests</source>
            <translation>Diferencias con pruebas anteriores</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Con</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>No upcoming appointments recorded.</source>
            <translation>No hay próximas citas anotadas.</translation>
        </message>
        <message>
            <source>No open questions recorded.</source>
            <translation>No hay preguntas pendientes anotadas.</translation>
        </message>
        <message>
            <source>No notes written in this period.</source>
            <translation>No se escribieron notas en este periodo.</translation>
        </message>
        <message>
            <source>The newest first; long notes are shortened.</source>
            <translation>Las más recientes primero; las notas largas se acortan.</translation>
        </message>
        <message>
            <source>Notes from 1 earlier day are not printed (only the newest {days} days are).</source>
            <translation>No se imprimen las notas de 1 día anterior (solo las de los {days} días más recientes).</translation>
        </message>
        <message numerus="yes">
            <source>Notes from %n earlier days are not printed (only the newest {days} days are).</source>
            <translation>
                <numerusform>No se imprimen las notas de %n día anterior (solo las de los {days} días más recientes).</numerusform>
                <numerusform>No se imprimen las notas de %n días anteriores (solo las de los {days} días más recientes).</numerusform>
            </translation>
        </message>
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
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Diagnosis</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <source>Not given in the profile</source>
            <translation>No consta en el perfil</translation>
        </message>
        <message>
            <source>Sites of spread</source>
            <translation>Zonas de extensión</translation>
        </message>
        <message>
            <source>No profile saved: diagnosis and sites of spread not given</source>
            <translation>No hay perfil guardado: no constan el diagnóstico ni las zonas de extensión</translation>
        </message>
        <message>
            <source>Receptor subtype</source>
            <translation>Subtipo según receptores</translation>
        </message>
        <message>
            <source>No receptor results recorded</source>
            <translation>No hay resultados de receptores anotados</translation>
        </message>
        <message>
            <source>Treatments now</source>
            <translation>Tratamientos actuales</translation>
        </message>
        <message>
            <source>None recorded</source>
            <translation>Ninguno anotado</translation>
        </message>
        <message>
            <source>Treatment changes</source>
            <translation>Cambios de tratamiento</translation>
        </message>
        <message>
            <source>None in this period</source>
            <translation>Ninguno en este periodo</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>No temperature logged in this period</source>
            <translation>No se anotó la temperatura en este periodo</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>No weight logged in this period</source>
            <translation>No se anotó el peso en este periodo</translation>
        </message>
        <message>
            <source>1 flag</source>
            <translation>1 aviso</translation>
        </message>
        <message>
            <source>; not yet discussed</source>
            <translation>; aún no comentado</translation>
        </message>
        <message>
            <source>And 1 more symptom: all are in “{section}”.</source>
            <translation>Y 1 síntoma más: todos están en «{section}».</translation>
        </message>
        <message numerus="yes">
            <source>And %n more symptoms: all are in “{section}”.</source>
            <translation>
                <numerusform>Y %n síntoma más: todos están en «{section}».</numerusform>
                <numerusform>Y %n síntomas más: todos están en «{section}».</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing in this period was flagged to contact the care team promptly.</source>
            <translation>Nada en este periodo generó un aviso para contactar pronto con el equipo médico.</translation>
        </message>
        <message>
            <source>Still open from before this period, not marked as discussed: </source>
            <translation>Siguen abiertos desde antes de este periodo, sin marcar como comentados: </translation>
        </message>
        <message>
            <source>Symptoms to mention at this visit</source>
            <translation>Síntomas para comentar en esta visita</translation>
        </message>
        <message>
            <source>Nothing else in this period was flagged to mention.</source>
            <translation>Nada más en este periodo generó un aviso para comentar.</translation>
        </message>
        <message>
            <source>Biggest changes against {previous}</source>
            <translation>Mayores cambios respecto a {previous}</translation>
        </message>
        <message>
            <source>No symptom changed by half a point or more on average, nor by a day of an event (half a point is the app's own choice, not a medical rule).</source>
            <translation>Ningún síntoma cambió de media medio punto o más, ni ningún evento en un día o más (el medio punto es una elección de la aplicación, no una regla médica).</translation>
        </message>
    </context>
    <context>
        <name>summary_glance</name>
        <message>
            <source>Metastatic since {day}</source>
            <translation>Metastásico desde el {day}</translation>
        </message>
        <message>
            <source>first diagnosed {day}</source>
            <translation>primer diagnóstico el {day}</translation>
        </message>
        <message>
            <source>{subtype}: {results}; test of {day}, {sample}</source>
            <translation>{subtype}: {results}; prueba del {day}, {sample}</translation>
        </message>
        <message>
            <source>{name} – {kind}, since {day}</source>
            <translation>{name} – {kind}, desde el {day}</translation>
        </message>
        <message>
            <source>Planned: {name}, from {day}</source>
            <translation>Previsto: {name}, desde el {day}</translation>
        </message>
        <message>
            <source>Started {name} on {day}</source>
            <translation>Empezó {name} el {day}</translation>
        </message>
        <message>
            <source>after this period</source>
            <translation>después de este periodo</translation>
        </message>
        <message>
            <source>Stopped {name} on {day}</source>
            <translation>Suspendió {name} el {day}</translation>
        </message>
        <message>
            <source>Highest {value} {unit} on {day}</source>
            <translation>Máxima {value} {unit} el {day}</translation>
        </message>
        <message>
            <source>1 day measured</source>
            <translation>1 día con medición</translation>
        </message>
        <message numerus="yes">
            <source>%n days measured</source>
            <translation>
                <numerusform>%n día con medición</numerusform>
                <numerusform>%n días con medición</numerusform>
            </translation>
        </message>
        <message>
            <source>no fever flag</source>
            <translation>ningún aviso de fiebre</translation>
        </message>
        <message numerus="yes">
            <source>{days} and %n more</source>
            <translation>
                <numerusform>{days} y %n más</numerusform>
                <numerusform>{days} y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>fever flag on {days} (from {value} {unit}, an adjustable app default)</source>
            <translation>aviso de fiebre el {days} (desde {value} {unit}, valor predeterminado que puede cambiar)</translation>
        </message>
        <message>
            <source>{value} {unit} on {day} (weighed once)</source>
            <translation>{value} {unit} el {day} (una sola pesada)</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>up {amount} {unit}, {percent}%</source>
            <translation>sube {amount} {unit}, {percent} %</translation>
        </message>
        <message>
            <source>down {amount} {unit}, {percent}%</source>
            <translation>baja {amount} {unit}, {percent} %</translation>
        </message>
        <message numerus="yes">
            <source>{first} to {last} {unit} ({change}), {span}, %n days weighed</source>
            <translation>
                <numerusform>{first} a {last} {unit} ({change}), {span}, %n día con peso</numerusform>
                <numerusform>{first} a {last} {unit} ({change}), {span}, %n días con peso</numerusform>
            </translation>
        </message>
        <message>
            <source>; lowest {value} {unit}</source>
            <translation>; mínimo {value} {unit}</translation>
        </message>
        <message>
            <source>; highest {value} {unit}</source>
            <translation>; máximo {value} {unit}</translation>
        </message>
        <message numerus="yes">
            <source>the previous %n days ({span})</source>
            <translation>
                <numerusform>el %n día anterior ({span})</numerusform>
                <numerusform>los %n días anteriores ({span})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>summary_medicines</name>
        <message>
            <source>no reason given ({count})</source>
            <translation>sin motivo indicado ({count})</translation>
        </message>
        <message>
            <source>Scheduled doses: {taken} taken, {skipped} skipped, {not_recorded} not recorded, {still_due} still due today.</source>
            <translation>Dosis programadas: tomadas {taken}, omitidas {skipped}, sin anotar {not_recorded}, pendientes hoy {still_due}.</translation>
        </message>
        <message>
            <source>Scheduled doses: {taken} taken, {skipped} skipped, {not_recorded} not recorded.</source>
            <translation>Dosis programadas: tomadas {taken}, omitidas {skipped}, sin anotar {not_recorded}.</translation>
        </message>
        <message>
            <source>No dose has both a score before and a score after.</source>
            <translation>Ninguna dosis tiene a la vez puntuación de antes y de después.</translation>
        </message>
        <message>
            <source>The score</source>
            <translation>La puntuación</translation>
        </message>
        <message>
            <source>over 1 dose with both scores</source>
            <translation>en 1 dosis con ambas puntuaciones</translation>
        </message>
        <message numerus="yes">
            <source>over %n doses with both scores</source>
            <translation>
                <numerusform>en %n dosis con ambas puntuaciones</numerusform>
                <numerusform>en %n dosis con ambas puntuaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>{what} stayed about the same on average, {over}.</source>
            <translation>{what}: se mantuvo más o menos igual de media, {over}.</translation>
        </message>
        <message>
            <source>{what} fell by {points} point on average (0–10), {over}.</source>
            <translation>{what}: bajó {points} punto de media (0–10), {over}.</translation>
        </message>
        <message>
            <source>{what} rose by {points} point on average (0–10), {over}.</source>
            <translation>{what}: subió {points} punto de media (0–10), {over}.</translation>
        </message>
        <message>
            <source>{what} fell by {points} points on average (0–10), {over}.</source>
            <translation>{what}: bajó {points} puntos de media (0–10), {over}.</translation>
        </message>
        <message>
            <source>{what} rose by {points} points on average (0–10), {over}.</source>
            <translation>{what}: subió {points} puntos de media (0–10), {over}.</translation>
        </message>
        <message>
            <source>Reasons given for skipping: {reasons}.</source>
            <translation>Motivos para omitirla: {reasons}.</translation>
        </message>
        <message>
            <source>Taken as needed once</source>
            <translation>Tomado cuando lo necesitó: 1 vez</translation>
        </message>
        <message>
            <source>Taken as needed twice</source>
            <translation>Tomado cuando lo necesitó: 2 veces</translation>
        </message>
        <message numerus="yes">
            <source>Taken as needed %n times</source>
            <translation>
                <numerusform>Tomado cuando lo necesitó: %n vez</numerusform>
                <numerusform>Tomado cuando lo necesitó: %n veces</numerusform>
            </translation>
        </message>
        <message>
            <source>{taken}; reasons: {reasons}.</source>
            <translation>{taken}; motivos: {reasons}.</translation>
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
