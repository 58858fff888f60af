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
            <source>Change the appointment</source>
            <translation>Cambiar la cita</translation>
        </message>
        <message>
            <source>Add an upcoming appointment</source>
            <translation>Añadir una próxima cita</translation>
        </message>
        <message>
            <source>Add a past appointment</source>
            <translation>Añadir una cita pasada</translation>
        </message>
        <message>
            <source>Choose a date</source>
            <translation>Elija una fecha</translation>
        </message>
        <message>
            <source>ddd d MMMM yyyy</source>
            <comment>Qt date format: ddd weekday, d day, MMMM month, yyyy year</comment>
            <translation>ddd d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>at</source>
            <translation>a las</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Fecha y hora:</translation>
        </message>
        <message>
            <source>Choose the kind…</source>
            <translation>Elija el tipo…</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>C&amp;linician:</source>
            <translation>Profesional &amp;sanitario:</translation>
        </message>
        <message>
            <source>Who you will see, if you know (for example Dr Lee).</source>
            <translation>A quién verá, si lo sabe (por ejemplo, Dra. Lee).</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>What to bring beforehand, or what was said and decided after the visit.</source>
            <translation>Antes, qué llevar; después, qué se dijo y qué se decidió en la visita.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsView</name>
        <message>
            <source>All ticked off</source>
            <translation>Todas hechas</translation>
        </message>
        <message numerus="yes">
            <source>%n to ask</source>
            <translation>
                <numerusform>%n por hacer</numerusform>
                <numerusform>%n por hacer</numerusform>
            </translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Clinician</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Appointments</source>
            <translation>Citas</translation>
        </message>
        <message>
            <source>Your appointments, and the questions you want to ask at each. Write questions down as they come to you, and tick them off during the visit.</source>
            <translation>Sus citas y las preguntas que quiere hacer en cada una. Anote las preguntas cuando se le ocurran y márquelas durante la visita.</translation>
        </message>
        <message>
            <source>appointment</source>
            <translation>cita</translation>
        </message>
        <message>
            <source>Up&amp;coming</source>
            <translation>&amp;Próximas</translation>
        </message>
        <message>
            <source>&amp;Past</source>
            <translation>Pa&amp;sadas</translation>
        </message>
        <message>
            <source>E&amp;xport to calendar (.ics)…</source>
            <translation>E&amp;xportar al calendario (.ics)…</translation>
        </message>
        <message>
            <source>Save upcoming appointments to a file your calendar app can import</source>
            <translation>Guardar las próximas citas en un archivo que su aplicación de calendario puede importar</translation>
        </message>
        <message>
            <source>The &amp;selected appointment…</source>
            <translation>La cita &amp;seleccionada…</translation>
        </message>
        <message>
            <source>&amp;All upcoming appointments…</source>
            <translation>&amp;Todas las próximas citas…</translation>
        </message>
        <message>
            <source>Questions for the chosen visit</source>
            <translation>Preguntas para la visita elegida</translation>
        </message>
        <message>
            <source>Up&amp;coming ({count})</source>
            <translation>&amp;Próximas ({count})</translation>
        </message>
        <message>
            <source>&amp;Past ({count})</source>
            <translation>Pa&amp;sadas ({count})</translation>
        </message>
        <message>
            <source>Show upcoming appointments ({count})</source>
            <translation>Mostrar las próximas citas ({count})</translation>
        </message>
        <message>
            <source>Show past appointments ({count})</source>
            <translation>Mostrar las citas pasadas ({count})</translation>
        </message>
        <message>
            <source>the appointment of {when} ({kind})</source>
            <translation>la cita del {when} ({kind})</translation>
        </message>
        <message>
            <source>Export to calendar</source>
            <translation>Exportar al calendario</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Archivos de calendario (*.ics)</translation>
        </message>
        <message>
            <source>Choose an upcoming appointment in the list first.</source>
            <translation>Elija primero una próxima cita en la lista.</translation>
        </message>
        <message>
            <source>There are no upcoming appointments to export.</source>
            <translation>No hay próximas citas que exportar.</translation>
        </message>
        <message>
            <source>The calendar file could not be saved ({error}). Nothing was written; please choose another folder.</source>
            <translation>No se ha podido guardar el archivo de calendario ({error}). No se ha escrito nada; elija otra carpeta.</translation>
        </message>
        <message>
            <source>Saved 1 appointment to {file}. Open this file with your calendar app to add it to your calendar.</source>
            <translation>Se ha guardado 1 cita en {file}. Abra este archivo con su aplicación de calendario para añadirla a su calendario.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n appointments to {file}. Open this file with your calendar app to add them to your calendar.</source>
            <translation>
                <numerusform>Se ha guardado %n cita en {file}. Abra este archivo con su aplicación de calendario para añadirla a su calendario.</numerusform>
                <numerusform>Se han guardado %n citas en {file}. Abra este archivo con su aplicación de calendario para añadirlas a su calendario.</numerusform>
            </translation>
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
            <translation>¿Con qué intensidad nota ahora «{about}», antes de la dosis? (0 nada, 10 lo peor)</translation>
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
            <translation>Se ha quitado: {entry}. Pulse «Recuperar anotación» para traerla de vuelta.</translation>
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
            <source>Sco&amp;re</source>
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
            <translation>Su nota: «{note}»</translation>
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
            <translation>Deshacer «comentado»</translation>
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
            <translation>Base de la regla «peor de lo habitual»: {evidence}</translation>
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
            <translation>«Coméntelo en su próxima visita» a partir de la intensidad (0–10)</translation>
        </message>
        <message>
            <source>“Contact your care team promptly” from severity (0–10)</source>
            <translation>«Contacte pronto con su equipo médico» a partir de la intensidad (0–10)</translation>
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
            <translation>Días anotados necesarios para calcular lo habitual</translation>
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
            <translation>«Contacte pronto con su equipo médico» a partir de una temperatura de (°C; si la escribe en °F se convierte)</translation>
        </message>
        <message>
            <source>Episodes</source>
            <translation>Episodios</translation>
        </message>
        <message>
            <source>Calmer or unlogged days allowed inside one episode of a symptom (for “days in a row”, unlogged days only)</source>
            <translation>Días más tranquilos o sin anotar permitidos dentro de un mismo episodio de un síntoma (para «varios días seguidos», solo días sin anotar)</translation>
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
            <translation>Ninguno de los avisos de «contacte pronto» de este registro cambiaría.</translation>
        </message>
        <message>
            <source>The one “contact promptly” flag in this record so far would no longer be raised that way.</source>
            <translation>El único aviso de «contacte pronto» de este registro dejaría de darse así.</translation>
        </message>
        <message>
            <source>{lost} of the {promptly} “contact promptly” flags in this record so far would no longer be raised that way.</source>
            <translation>{lost} de los {promptly} avisos de «contacte pronto» de este registro dejarían de darse así.</translation>
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
            <translation>Lo que ha anotado que, según los artículos, conviene contar a su equipo médico: una tarjeta por síntoma, primero lo más urgente. Pulse «¿Por qué?» para ver de dónde viene.</translation>
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
            <translation>Ningún aviso de este periodo está marcado como comentado con su equipo médico. Cuando haya hablado de un aviso, pulse en él «Comentado con mi equipo médico…».</translation>
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
            <translation>Se ha quitado la marca de «comentado» de {symptom}; el aviso vuelve a estar abierto.</translation>
        </message>
    </context>
    <context>
        <name>HistoryLegend</name>
        <message>
            <source>Chart key</source>
            <translation>Leyenda del gráfico</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Leyenda:</translation>
        </message>
    </context>
    <context>
        <name>HistoryTable</name>
        <message>
            <source>About the table</source>
            <translation>Sobre la tabla</translation>
        </message>
        <message>
            <source>History as a table</source>
            <translation>Historial en forma de tabla</translation>
        </message>
        <message>
            <source>Nothing was logged from {period} for the symptoms chosen. Choose a longer period or more symptoms, or log a day on Today.</source>
            <translation>No hay nada anotado para los síntomas elegidos ({period}). Elija un periodo más largo o más síntomas, o anote un día en Hoy.</translation>
        </message>
        <message>
            <source>{period}. Each row is one week (Monday to Sunday): the average of the days logged, with the highest day in brackets.</source>
            <translation>{period}. Cada fila es una semana (de lunes a domingo): la media de los días anotados, con el día más alto entre paréntesis.</translation>
        </message>
        <message>
            <source>{period}. Each row is one month: the average of the days logged, with the highest day in brackets.</source>
            <translation>{period}. Cada fila es un mes: la media de los días anotados, con el día más alto entre paréntesis.</translation>
        </message>
        <message>
            <source>{period}. Each row is one day you logged.</source>
            <translation>{period}. Cada fila es un día que usted anotó.</translation>
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
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Semana del</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Weight ({unit})</source>
            <translation>Peso ({unit})</translation>
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
            <source>Flagged</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>{mean} (highest {highest})</source>
            <translation>{mean} (máx. {highest})</translation>
        </message>
        <message>
            <source>Temperature ({unit})</source>
            <translation>Temperatura ({unit})</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Not logged</source>
            <translation>Sin anotar</translation>
        </message>
        <message numerus="yes">
            <source>{label}: %n day(s) logged in this period</source>
            <translation>
                <numerusform>{label}: %n día anotado en este periodo</numerusform>
                <numerusform>{label}: %n días anotados en este periodo</numerusform>
            </translation>
        </message>
        <message>
            <source>{symptom} ({day}): {reason} {level}.</source>
            <translation>{symptom} ({day}): {reason} {level}.</translation>
        </message>
        <message>
            <source>Nothing flagged</source>
            <translation>Sin avisos</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>How your symptoms have changed over time, with treatments and appointments alongside.</source>
            <translation>Cómo han cambiado sus síntomas con el tiempo, junto con los tratamientos y las citas.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
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
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Personalizado…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>Period shown</source>
            <translation>Periodo mostrado</translation>
        </message>
        <message>
            <source>&amp;Chart</source>
            <translation>&amp;Gráfico</translation>
        </message>
        <message>
            <source>Show as a chart</source>
            <translation>Mostrar como gráfico</translation>
        </message>
        <message>
            <source>&amp;Table</source>
            <translation>&amp;Tabla</translation>
        </message>
        <message>
            <source>Show as a table</source>
            <translation>Mostrar como tabla</translation>
        </message>
        <message>
            <source>&amp;Save table (CSV)…</source>
            <translation>G&amp;uardar tabla (CSV)…</translation>
        </message>
        <message>
            <source>Save the table as a CSV file, for a spreadsheet or your care team</source>
            <translation>Guardar la tabla como archivo CSV, para una hoja de cálculo o para su equipo médico</translation>
        </message>
        <message>
            <source>&amp;Save chart…</source>
            <translation>G&amp;uardar gráfico…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG picture or an SVG drawing</source>
            <translation>Guardar el gráfico como imagen PNG o dibujo SVG</translation>
        </message>
        <message>
            <source>S&amp;ymptoms to show</source>
            <translation>&amp;Síntomas que mostrar</translation>
        </message>
        <message>
            <source>Symptoms to show</source>
            <translation>Síntomas que mostrar</translation>
        </message>
        <message>
            <source>Press Space to show or hide a symptom on the chart</source>
            <translation>Pulse Espacio para mostrar u ocultar un síntoma en el gráfico</translation>
        </message>
        <message>
            <source>Show all &amp;logged</source>
            <translation>Ver a&amp;notados</translation>
        </message>
        <message>
            <source>Tick every symptom logged in the period, and nothing else</source>
            <translation>Marcar todos los síntomas anotados en el periodo, y nada más</translation>
        </message>
        <message>
            <source>Clea&amp;r</source>
            <translation>Desma&amp;rcar</translation>
        </message>
        <message>
            <source>Untick every symptom</source>
            <translation>Desmarcar todos los síntomas</translation>
        </message>
        <message>
            <source>The chart is being drawn…</source>
            <translation>Dibujando el gráfico…</translation>
        </message>
        <message>
            <source>Details of the chosen point</source>
            <translation>Detalles del punto elegido</translation>
        </message>
        <message>
            <source>symptom-history.png</source>
            <translation>historial-de-sintomas.png</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Guardar el gráfico</translation>
        </message>
        <message>
            <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
            <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>symptom-history.csv</source>
            <translation>historial-de-sintomas.csv</translation>
        </message>
        <message>
            <source>Save the table</source>
            <translation>Guardar la tabla</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>Archivo CSV (*.csv)</translation>
        </message>
        <message>
            <source>The chart could not be saved as “{name}” in {folder} ({reason}). Nothing was changed. Please choose another folder, for example your Documents folder, and try again.</source>
            <translation>No se ha podido guardar el gráfico como «{name}» en {folder} ({reason}). No se ha cambiado nada. Elija otra carpeta, por ejemplo su carpeta Documentos, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The table could not be saved as “{name}” in {folder} ({reason}). Nothing was changed. Please choose another folder, for example your Documents folder, and try again.</source>
            <translation>No se ha podido guardar la tabla como «{name}» en {folder} ({reason}). No se ha cambiado nada. Elija otra carpeta, por ejemplo su carpeta Documentos, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Saved the chart as “{name}” in {folder}.</source>
            <translation>Se ha guardado el gráfico como «{name}» en {folder}.</translation>
        </message>
        <message>
            <source>Saved the table as “{name}” in {folder}.</source>
            <translation>Se ha guardado la tabla como «{name}» en {folder}.</translation>
        </message>
        <message>
            <source>Nothing logged in this period:</source>
            <translation>Nada anotado en este periodo:</translation>
        </message>
        <message>
            <source>Logged in the period shown</source>
            <translation>Anotado en el periodo mostrado</translation>
        </message>
        <message>
            <source>Nothing logged for this in the period shown</source>
            <translation>Nada anotado de esto en el periodo mostrado</translation>
        </message>
        <message>
            <source>This date is in the future. Choose today or an earlier day; the chart still shows the last period chosen.</source>
            <translation>Esta fecha es futura. Elija hoy o un día anterior; el gráfico sigue mostrando el último periodo elegido.</translation>
        </message>
        <message>
            <source>The first day is after the last day. Choose a first day on or before {last}; the chart still shows the last period chosen.</source>
            <translation>El primer día es posterior al último. Elija como primer día el {last} o uno anterior; el gráfico sigue mostrando el último periodo elegido.</translation>
        </message>
        <message>
            <source>Symptom chart</source>
            <translation>Gráfico de síntomas</translation>
        </message>
        <message>
            <source>Use the Left and Right arrow keys to move from point to point; Home and End go to the first and last. The details are read out below the chart.</source>
            <translation>Use las flechas izquierda y derecha para ir de un punto a otro; Inicio y Fin van al primero y al último. Los detalles se leen debajo del gráfico.</translation>
        </message>
        <message>
            <source>Symptom chart: {title}</source>
            <translation>Gráfico de síntomas: {title}</translation>
        </message>
        <message>
            <source>A lane for each symptom, top to bottom: {lanes}. Use the Left and Right arrow keys to move from point to point; Home and End go to the first and last. The details are read out below the chart.</source>
            <translation>Una franja por síntoma, de arriba abajo: {lanes}. Use las flechas izquierda y derecha para ir de un punto a otro; Inicio y Fin van al primero y al último. Los detalles se leen debajo del gráfico.</translation>
        </message>
        <message>
            <source>Nothing was logged in this period for the symptoms chosen. Choose a longer period or more symptoms, or log a day on Today.</source>
            <translation>No hay nada anotado en este periodo para los síntomas elegidos. Elija un periodo más largo o más síntomas, o anote un día en Hoy.</translation>
        </message>
        <message>
            <source>Point at a day on the chart, or click the chart and press the arrow keys, to read its value and note here.</source>
            <translation>Señale un día en el gráfico, o haga clic en el gráfico y pulse las flechas, para leer aquí su valor y su nota.</translation>
        </message>
        <message>
            <source>{when} — {series}: {value}.</source>
            <translation>{when} — {series}: {value}.</translation>
        </message>
        <message>
            <source>Note: “{note}”</source>
            <translation>Nota: «{note}»</translation>
        </message>
        <message>
            <source>Flagged: {reason}</source>
            <translation>Aviso: {reason}</translation>
        </message>
        <message>
            <source>Entries: {entries}.</source>
            <translation>Anotaciones: {entries}.</translation>
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
            <translation>Se anotó algo este día</translation>
        </message>
        <message>
            <source>Flagged: contact your care team promptly</source>
            <translation>Aviso: contacte pronto con su equipo médico</translation>
        </message>
        <message>
            <source>Flagged: mention at your next visit</source>
            <translation>Aviso: coméntelo en su próxima visita</translation>
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
            <source>Save the whole record as a file (JSON) to keep or move to another computer, as spreadsheet files (CSV in a zip), or as a FHIR document for a clinic's system</source>
            <translation>Guardar todo el registro como un archivo (JSON) para conservarlo o llevarlo a otro dispositivo, como archivos de hoja de cálculo (CSV en un zip) o como un documento FHIR para el sistema de una clínica</translation>
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
            <translation>A&amp;yuda</translation>
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
            <translation>No se ha podido mostrar «{name}», así que la aplicación no lo ha modificado. Puede abrir una de sus copias de seguridad con Archivo &gt; Abrir registro… desde la carpeta de copias, o elegir otro registro.</translation>
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
            <translation>No se ha podido abrir «{name}» ({reason}). No se ha cambiado nada en él.</translation>
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
            <translation>Receptores</translation>
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
            <translation>Ya hay un archivo llamado «{name}» en esa carpeta, así que no se puede crear allí un registro nuevo. No se ha cambiado nada. Elija otro nombre.</translation>
        </message>
        <message>
            <source>Record not found</source>
            <translation>No se encuentra el registro</translation>
        </message>
        <message>
            <source>“{name}” is no longer in {folder}. It may have been moved, renamed or deleted, so it has been taken off the recent list. If it was moved, you can open it from its new place with File &gt; Open record…</source>
            <translation>«{name}» ya no está en {folder}. Puede que se haya movido, cambiado de nombre o eliminado, así que se ha quitado de la lista de recientes. Si se movió, puede abrirlo desde su nuevo lugar con Archivo &gt; Abrir registro…</translation>
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
            <translation>Se ha hecho y comprobado una copia del registro. Está guardada como «{name}» en la carpeta {folder}</translation>
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
            <translation>Algo inesperado ha detenido la restauración. El registro tal como estaba justo antes se guarda como copia de seguridad («antes de una restauración» en Archivo &gt; Restaurar una copia de seguridad…).</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Copia de seguridad restaurada</translation>
        </message>
        <message>
            <source>The record now holds the backup from {when}. The record as it was just before is kept as a backup made {now} (“before a restore” in File &gt; Restore from a backup…).</source>
            <translation>El registro tiene ahora lo que contenía la copia de seguridad del {when}. El registro tal como estaba justo antes se guarda como copia de seguridad hecha el {now} («antes de una restauración» en Archivo &gt; Restaurar una copia de seguridad…).</translation>
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
            <source>Clinic systems, FHIR document (JSON) (*.fhir.json)</source>
            <translation>Sistemas de clínicas, documento FHIR (JSON) (*.fhir.json)</translation>
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
            <source>A summary of the record for a clinic's computer system was saved to {file} (a FHIR document). It holds private health details: share it only with your care team, and keep it somewhere safe.</source>
            <translation>Se ha guardado en {file} un resumen del registro para el sistema informático de una clínica (un documento FHIR). Contiene datos de salud privados: compártalo solo con su equipo médico y guárdelo en un lugar seguro.</translation>
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

Privacidad: nada de lo que escribe sale de este dispositivo. La aplicación no usa internet.

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
            <translation>Vista del mes</translation>
        </message>
        <message>
            <source>Days of the month</source>
            <translation>Días del mes</translation>
        </message>
        <message>
            <source>Days with something logged are bold and underlined; days with an open flag carry a triangle. Press Enter to open a day.</source>
            <translation>Los días con algo anotado aparecen en negrita y subrayados; los días con un aviso abierto llevan un triángulo. Pulse Intro para abrir un día.</translation>
        </message>
        <message>
            <source>Days shown in bold, underlined and with a dot have something logged. A mark in the corner shows a day with an open flag: ▲ to contact your care team promptly, ○ to mention at your next visit. Click a day to open it.</source>
            <translation>Los días en negrita, subrayados y con un punto tienen algo anotado. Una marca en la esquina indica un día con un aviso abierto: ▲ para contactar pronto con su equipo médico, ○ para comentarlo en su próxima visita. Haga clic en un día para abrirlo.</translation>
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
            <translation>Elegir un día</translation>
        </message>
        <message>
            <source>Choose the day you want to see or change.</source>
            <translation>Elija el día que quiere ver o cambiar.</translation>
        </message>
        <message>
            <source>Open this day</source>
            <translation>Abrir este día</translation>
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
            <source>Look and language on this computer</source>
            <translation>Aspecto e idioma en este dispositivo</translation>
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
            <source>Same as this computer ({language})</source>
            <translation>El de este dispositivo ({language})</translation>
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
            <translation>Privacidad en este dispositivo</translation>
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
            <translation>Hue&amp;so</translation>
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
            <translation>Preguntas para hacer</translation>
        </message>
        <message>
            <source>Add t&amp;hem to this visit</source>
            <translation>Añadirlas a esta &amp;visita</translation>
        </message>
        <message>
            <source>N&amp;ot now</source>
            <translation>A&amp;hora no</translation>
        </message>
        <message>
            <source>Press Space to tick a question off once it has been asked.</source>
            <translation>Pulse Espacio para marcar una pregunta cuando ya la haya hecho.</translation>
        </message>
        <message>
            <source>&amp;New question:</source>
            <translation>&amp;Nueva pregunta:</translation>
        </message>
        <message>
            <source>Type a question and press Enter</source>
            <translation>Escriba una pregunta y pulse Intro</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>Nueva pregunta</translation>
        </message>
        <message>
            <source>Add &amp;question</source>
            <translation>Añadi&amp;r</translation>
        </message>
        <message>
            <source>Ans&amp;wer:</source>
            <translation>Resp&amp;uesta:</translation>
        </message>
        <message>
            <source>What you were told (optional)</source>
            <translation>Lo que le dijeron (opcional)</translation>
        </message>
        <message>
            <source>Answer to the selected question</source>
            <translation>Respuesta a la pregunta elegida</translation>
        </message>
        <message>
            <source>Tic&amp;k off</source>
            <translation>&amp;Marcar</translation>
        </message>
        <message>
            <source>&amp;Remove question</source>
            <translation>&amp;Quitar pregunta</translation>
        </message>
        <message>
            <source>Questions status</source>
            <translation>Estado de las preguntas</translation>
        </message>
        <message>
            <source>Choose an appointment in the list to see its questions.</source>
            <translation>Elija una cita en la lista para ver sus preguntas.</translation>
        </message>
        <message>
            <source>For: {kind}, {when}</source>
            <translation>Para: {kind}, {when}</translation>
        </message>
        <message>
            <source>A question for: {kind}, {when}</source>
            <translation>Una pregunta para: {kind}, {when}</translation>
        </message>
        <message>
            <source>New question for: {kind}, {when}</source>
            <translation>Nueva pregunta para: {kind}, {when}</translation>
        </message>
        <message>
            <source>No questions yet. Write them down as they come to you.</source>
            <translation>Aún no hay preguntas. Anótelas cuando se le ocurran.</translation>
        </message>
        <message>
            <source>All questions ticked off.</source>
            <translation>Todas las preguntas están hechas.</translation>
        </message>
        <message>
            <source>{open} of {total} still to ask.</source>
            <translation>Quedan {open} de {total} por hacer.</translation>
        </message>
        <message>
            <source>✓ {question}</source>
            <translation>✓ {question}</translation>
        </message>
        <message>
            <source>Answer: {answer}</source>
            <translation>Respuesta: {answer}</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Notas: {notes}</translation>
        </message>
        <message>
            <source>1 question from an earlier visit was not answered yet — add it to this visit?</source>
            <translation>1 pregunta de una visita anterior aún no tiene respuesta: ¿la añade a esta visita?</translation>
        </message>
        <message numerus="yes">
            <source>%n questions from earlier visits were not answered yet — add them to this visit?</source>
            <translation>
                <numerusform>%n pregunta de visitas anteriores aún no tiene respuesta: ¿la añade a esta visita?</numerusform>
                <numerusform>%n preguntas de visitas anteriores aún no tienen respuesta: ¿las añade a esta visita?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n earlier questions to this visit.</source>
            <translation>
                <numerusform>Se ha añadido %n pregunta anterior a esta visita.</numerusform>
                <numerusform>Se han añadido %n preguntas anteriores a esta visita.</numerusform>
            </translation>
        </message>
        <message>
            <source>and {more} more</source>
            <translation>y {more} más</translation>
        </message>
        <message>
            <source>Add &amp;it to this visit</source>
            <translation>Añadirla a esta &amp;visita</translation>
        </message>
        <message>
            <source>Added 1 earlier question to this visit.</source>
            <translation>Se ha añadido 1 pregunta anterior a esta visita.</translation>
        </message>
        <message>
            <source>Question added.</source>
            <translation>Pregunta añadida.</translation>
        </message>
        <message>
            <source>Removed the question “{text}”.</source>
            <translation>Se ha quitado la pregunta «{text}».</translation>
        </message>
        <message>
            <source>Ticked off.</source>
            <translation>Marcada como hecha.</translation>
        </message>
        <message>
            <source>Marked as still to ask.</source>
            <translation>Marcada como pendiente.</translation>
        </message>
        <message>
            <source>This appointment is no longer in the record. Nothing was changed.</source>
            <translation>Esta cita ya no está en el registro. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Sa&amp;ve answer</source>
            <translation>&amp;Guardar</translation>
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
            <translation>Qué significa la prueba elegida</translation>
        </message>
        <message>
            <source>Select a test in the list to see what its results mean.</source>
            <translation>Elija una prueba en la lista para ver qué significan sus resultados.</translation>
        </message>
        <message>
            <source>{sample}, {day}</source>
            <translation>{sample}, {day}</translation>
        </message>
        <message>
            <source>Source: {articles}</source>
            <translation>Fuente: {articles}</translation>
        </message>
        <message>
            <source>Results that read differently</source>
            <translation>Resultados que difieren</translation>
        </message>
        <message>
            <source>{mark} This test reads differently from another one</source>
            <translation>{mark} Los resultados de esta prueba difieren de los de otra</translation>
        </message>
        <message>
            <source>Something you may want to ask your care team about.</source>
            <translation>Algo que quizá quiera consultar con su equipo médico.</translation>
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
            <source>{marker} unknown (not given)</source>
            <translation>{marker} desconocido (sin indicar)</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>{marker} positive ({percent})</source>
            <translation>{marker} positivo ({percent})</translation>
        </message>
        <message>
            <source>{marker} negative ({percent})</source>
            <translation>{marker} negativo ({percent})</translation>
        </message>
        <message>
            <source>Hormone receptor positive</source>
            <translation>Receptores hormonales positivos</translation>
        </message>
        <message>
            <source>Hormone receptor negative</source>
            <translation>Receptores hormonales negativos</translation>
        </message>
        <message>
            <source>Hormone receptor unknown</source>
            <translation>Receptores hormonales desconocidos</translation>
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
            <translation>HER2 desconocido (IHQ e ISH no coinciden)</translation>
        </message>
        <message>
            <source>HER2 unknown (not given)</source>
            <translation>HER2 desconocido (sin indicar)</translation>
        </message>
        <message>
            <source>Subtype</source>
            <translation>Subtipo</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>The results given for this test are not enough for the app to name a subtype.</source>
            <translation>Los resultados indicados para esta prueba no bastan para que la aplicación nombre un subtipo.</translation>
        </message>
        <message>
            <source>In general, the articles say: {response}</source>
            <translation>En general, los artículos dicen: {response}</translation>
        </message>
        <message>
            <source>What the results mean</source>
            <translation>Qué significan los resultados</translation>
        </message>
        <message>
            <source>No ER, PR or HER2 result is given for this test yet.</source>
            <translation>Esta prueba aún no tiene ningún resultado de RE, RP o HER2.</translation>
        </message>
        <message>
            <source>Guideline: {name}</source>
            <translation>Guía clínica: {name}</translation>
        </message>
        <message>
            <source>Results as entered</source>
            <translation>Resultados tal como se anotaron</translation>
        </message>
        <message>
            <source>HER2 IHC score:</source>
            <translation>Puntuación IHQ de HER2:</translation>
        </message>
        <message>
            <source>HER2 ISH (FISH):</source>
            <translation>ISH de HER2 (FISH):</translation>
        </message>
        <message>
            <source>BRCA1:</source>
            <translation>BRCA1:</translation>
        </message>
        <message>
            <source>BRCA2:</source>
            <translation>BRCA2:</translation>
        </message>
        <message>
            <source>PD-L1:</source>
            <translation>PD-L1:</translation>
        </message>
        <message>
            <source>Trop-2:</source>
            <translation>Trop-2:</translation>
        </message>
        <message>
            <source>Your notes</source>
            <translation>Sus notas</translation>
        </message>
    </context>
    <context>
        <name>ReceptorForm</name>
        <message>
            <source>Add a receptor test</source>
            <translation>Añadir una prueba de receptores</translation>
        </message>
        <message>
            <source>Edit receptor test</source>
            <translation>Editar la prueba de receptores</translation>
        </message>
        <message>
            <source>Choose the date</source>
            <translation>Elija la fecha</translation>
        </message>
        <message>
            <source>&amp;Date of the test:</source>
            <translation>&amp;Fecha de la prueba:</translation>
        </message>
        <message>
            <source>The date on the report.</source>
            <translation>La fecha que figura en el informe.</translation>
        </message>
        <message>
            <source>Metastatic: another place</source>
            <translation>Metastásica: otro lugar</translation>
        </message>
        <message>
            <source>&amp;Sample:</source>
            <translation>&amp;Muestra:</translation>
        </message>
        <message>
            <source>Where the tested tissue came from.</source>
            <translation>De dónde procede el tejido analizado.</translation>
        </message>
        <message>
            <source>For example: pleura, ovary</source>
            <translation>Por ejemplo: pleura, ovario</translation>
        </message>
        <message>
            <source>&amp;Other place:</source>
            <translation>&amp;Otro lugar:</translation>
        </message>
        <message>
            <source>For “Metastatic: another place”: where the sample was taken from.</source>
            <translation>Para «Metastásica: otro lugar»: de dónde se tomó la muestra.</translation>
        </message>
        <message>
            <source>A number from 0 to 100. Leave it empty if it was not tested.</source>
            <translation>Un número de 0 a 100. Déjelo vacío si no se analizó.</translation>
        </message>
        <message>
            <source>ER percent</source>
            <translation>Porcentaje de RE</translation>
        </message>
        <message>
            <source>&amp;ER (%):</source>
            <translation>R&amp;E (%):</translation>
        </message>
        <message>
            <source>PR percent</source>
            <translation>Porcentaje de RP</translation>
        </message>
        <message>
            <source>&amp;PR (%):</source>
            <translation>R&amp;P (%):</translation>
        </message>
        <message>
            <source>HER2 IHC score</source>
            <translation>Puntuación IHQ de HER2</translation>
        </message>
        <message>
            <source>HER2 &amp;IHC score:</source>
            <translation>Puntuación &amp;IHQ de HER2:</translation>
        </message>
        <message>
            <source>“Not given” if it was not tested or you do not know.</source>
            <translation>«Sin indicar» si no se analizó o no lo sabe.</translation>
        </message>
        <message>
            <source>HER2 ISH (FISH) result</source>
            <translation>Resultado ISH de HER2 (FISH)</translation>
        </message>
        <message>
            <source>HER2 IS&amp;H (FISH):</source>
            <translation>IS&amp;H de HER2 (FISH):</translation>
        </message>
        <message>
            <source>BRCA&amp;1:</source>
            <translation>BRCA&amp;1:</translation>
        </message>
        <message>
            <source>BRCA&amp;2:</source>
            <translation>BRCA&amp;2:</translation>
        </message>
        <message>
            <source>PD-&amp;L1:</source>
            <translation>PD-&amp;L1:</translation>
        </message>
        <message>
            <source>&amp;Trop-2:</source>
            <translation>&amp;Trop-2:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>Please type a number from 0 to 100, such as 90, or leave it empty if it was not tested.</source>
            <translation>Escriba un número de 0 a 100, como 90, o déjelo vacío si no se analizó.</translation>
        </message>
        <message>
            <source>Please type where the sample was taken from, or choose a place above.</source>
            <translation>Escriba de dónde se tomó la muestra, o elija un lugar en la lista de arriba.</translation>
        </message>
        <message>
            <source>Please choose the date of the test, as on the report.</source>
            <translation>Elija la fecha de la prueba, tal como figura en el informe.</translation>
        </message>
        <message>
            <source>This test is no longer in the record; it may have been deleted.</source>
            <translation>Esta prueba ya no está en el registro; puede que se haya eliminado.</translation>
        </message>
    </context>
    <context>
        <name>ReceptorsView</name>
        <message>
            <source>Receptor results</source>
            <translation>Resultados de receptores</translation>
        </message>
        <message>
            <source>Your receptor test results. Select a test to see what it means, explained from the articles the app is based on.</source>
            <translation>Los resultados de sus pruebas de receptores. Elija una prueba para ver qué significa, explicado a partir de los artículos en que se basa la aplicación.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Muestra</translation>
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
            <source>HER2</source>
            <translation>HER2</translation>
        </message>
        <message>
            <source>Subtype</source>
            <translation>Subtipo</translation>
        </message>
        <message>
            <source>Reads differently</source>
            <translation>Difiere</translation>
        </message>
        <message>
            <source>test</source>
            <translation>prueba</translation>
        </message>
        <message>
            <source>the test of {day} ({sample})</source>
            <translation>la prueba del {day} ({sample})</translation>
        </message>
        <message>
            <source>No receptor results yet. Add a test with “Add test…” (Ctrl+N), using the figures on the pathology report.</source>
            <translation>Aún no hay resultados de receptores. Añada una prueba con «Añadir prueba…» (Ctrl+N), con las cifras del informe de anatomía patológica.</translation>
        </message>
        <message>
            <source>Select a test in the list to see what its results mean.</source>
            <translation>Elija una prueba en la lista para ver qué significan sus resultados.</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>IHC {ihc}, ISH: {ish}</source>
            <translation>IHQ {ihc}, ISH: {ish}</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>hormone receptor</source>
            <translation>receptor hormonal</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>This form cannot be saved.</source>
            <translation>Este formulario no se puede guardar.</translation>
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
            <translation>Des&amp;hacer eliminación</translation>
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
            <translation>Recordatorios en este dispositivo</translation>
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
            <source>Daily check-&amp;in at</source>
            <translation>Anotación del &amp;día a las</translation>
        </message>
        <message>
            <source>Ask “How was this week?” &amp;on</source>
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
            <source>Sta&amp;rt at login (minimised to the tray)</source>
            <translation>&amp;Abrir al iniciar sesión (en la bandeja)</translation>
        </message>
        <message>
            <source>An appointment’s reminders list the questions still to ask. Nothing is ever sent anywhere: reminders are made on this computer. 20:00 and 15 minutes are the app’s own defaults; choose what suits you.</source>
            <translation>Los recordatorios de una cita muestran las preguntas pendientes. Nunca se envía nada: los recordatorios se crean en este dispositivo. 20:00 y 15 minutos son valores predeterminados que puede cambiar.</translation>
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
            <translation>Los recordatorios se crean en este dispositivo a partir de su registro; nunca se envía nada a ningún sitio. Elija cuáles recibir, y cuándo, en Editar &gt; Preferencias.</translation>
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
            <source>tablet</source>
            <translation>comprimido</translation>
        </message>
        <message>
            <source>tablets</source>
            <translation>comprimidos</translation>
        </message>
        <message>
            <source>capsule</source>
            <translation>cápsula</translation>
        </message>
        <message>
            <source>capsules</source>
            <translation>cápsulas</translation>
        </message>
        <message>
            <source>drops</source>
            <translation>gotas</translation>
        </message>
        <message>
            <source>puffs</source>
            <translation>inhalaciones</translation>
        </message>
        <message>
            <source>sachet</source>
            <translation>sobre</translation>
        </message>
        <message>
            <source>patch</source>
            <translation>parche</translation>
        </message>
        <message>
            <source>injection</source>
            <translation>inyección</translation>
        </message>
        <message>
            <source>infusion</source>
            <translation>infusión</translation>
        </message>
        <message>
            <source>units</source>
            <translation>unidades</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <source>The app keeps what your care team prescribed; it never suggests doses.</source>
            <translation>La aplicación guarda lo que le recetó su equipo médico; nunca propone dosis.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Every day at set times</source>
            <translation>Todos los días a horas fijas</translation>
        </message>
        <message>
            <source>On and off in cycles</source>
            <translation>En ciclos de toma y descanso</translation>
        </message>
        <message>
            <source>Every N days or weeks</source>
            <translation>Cada N días o semanas</translation>
        </message>
        <message>
            <source>As needed</source>
            <translation>Si lo necesita</translation>
        </message>
        <message>
            <source>The schedule from {first} ended on {last}; the doses recorded are kept. Choose how it is taken only if it starts again.</source>
            <translation>La pauta iniciada el {first} terminó el {last}; las dosis anotadas se conservan. Elija cómo se toma solo si vuelve a empezar.</translation>
        </message>
        <message>
            <source>&amp;When taken:</source>
            <translation>&amp;Cuándo se toma:</translation>
        </message>
        <message>
            <source> days on</source>
            <translation> días de toma</translation>
        </message>
        <message>
            <source>Da&amp;ys on:</source>
            <translation>&amp;Días de toma:</translation>
        </message>
        <message>
            <source> days off</source>
            <translation> días de descanso</translation>
        </message>
        <message>
            <source>Days o&amp;ff:</source>
            <translation>Días de desc&amp;anso:</translation>
        </message>
        <message>
            <source>Day 1 of cycle 1 is the day the schedule starts on.</source>
            <translation>El día 1 del ciclo 1 es el día en que empieza la pauta.</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>Weeks or days</source>
            <translation>Semanas o días</translation>
        </message>
        <message>
            <source>Every how many</source>
            <translation>Cada cuántos</translation>
        </message>
        <message>
            <source>E&amp;very:</source>
            <translation>Rep&amp;etir cada:</translation>
        </message>
        <message>
            <source>for example 08:00, 20:00</source>
            <translation>por ejemplo 08:00, 20:00</translation>
        </message>
        <message>
            <source>At t&amp;imes:</source>
            <translation>&amp;Horas:</translation>
        </message>
        <message>
            <source>The times of day, as your care team said; may be left empty.</source>
            <translation>Las horas del día que le indicó su equipo médico; puede dejarse vacío.</translation>
        </message>
        <message>
            <source>for example pain, nausea</source>
            <translation>por ejemplo dolor, náuseas</translation>
        </message>
        <message>
            <source>&amp;Taken for:</source>
            <translation>Se toma &amp;para:</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> horas</translation>
        </message>
        <message>
            <source>No least gap</source>
            <translation>Sin separación mínima</translation>
        </message>
        <message>
            <source>At least &amp;apart:</source>
            <translation>Sepa&amp;ración mínima:</translation>
        </message>
        <message>
            <source>As your plan says; the app only reminds you of it, it never stops you.</source>
            <translation>Según su plan; la aplicación solo se lo recuerda, nunca se lo impide.</translation>
        </message>
        <message>
            <source>as prescribed</source>
            <translation>según lo recetado</translation>
        </message>
        <message>
            <source>&amp;Dose:</source>
            <translation>D&amp;osis:</translation>
        </message>
        <message>
            <source>for example tablet, mg, ml</source>
            <translation>por ejemplo comprimido, mg, ml</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unidad:</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>Schedule be&amp;gins on:</source>
            <translation>La pauta empie&amp;za el:</translation>
        </message>
        <message>
            <source>Changes take &amp;effect from:</source>
            <translation>Cambios vi&amp;gentes desde:</translation>
        </message>
        <message>
            <source>The schedule since {day} stays for the days before, with every dose recorded. To correct it from its first day, choose {day}.</source>
            <translation>La pauta vigente desde el {day} se mantiene para los días anteriores, con todas las dosis anotadas. Para corregirla desde su primer día, elija el {day}.</translation>
        </message>
        <message>
            <source>No end date</source>
            <translation>Sin fecha de fin</translation>
        </message>
        <message>
            <source>Schedule's &amp;last day:</source>
            <translation>Ú&amp;ltimo día de la pauta:</translation>
        </message>
        <message>
            <source>Please give the day the schedule starts on.</source>
            <translation>Indique el día en que empieza la pauta.</translation>
        </message>
        <message>
            <source>A change can take effect from {day} at the earliest.</source>
            <translation>Un cambio puede aplicarse como muy pronto desde el {day}.</translation>
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
            <translation>Resumen para la consulta</translation>
        </message>
        <message>
            <source>A summary to print or bring to your appointment, from what you have logged.</source>
            <translation>Un resumen para imprimir o llevar a su cita, a partir de lo que ha anotado.</translation>
        </message>
        <message>
            <source>Paper: {paper} — change it in Profile</source>
            <translation>Papel: {paper} — se cambia en Perfil</translation>
        </message>
        <message>
            <source>Paper: {paper} (as the computer’s region) — change it in Profile</source>
            <translation>Papel: {paper} (según la configuración regional) — se cambia en Perfil</translation>
        </message>
        <message>
            <source>Which days</source>
            <translation>Qué días</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>&amp;Since last visit</source>
            <translation>Desde la última &amp;visita</translation>
        </message>
        <message>
            <source>Put back the suggested days</source>
            <translation>Volver a los días propuestos</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Preparado por</translation>
        </message>
        <message>
            <source>&amp;Me (the patient)</source>
            <translation>&amp;Yo (paciente)</translation>
        </message>
        <message>
            <source>A &amp;caregiver</source>
            <translation>Una persona &amp;cuidadora</translation>
        </message>
        <message>
            <source>Caregiver’s name</source>
            <translation>Nombre de la persona cuidadora</translation>
        </message>
        <message>
            <source>What to include</source>
            <translation>Qué incluir</translation>
        </message>
        <message>
            <source>{title} (in the appendix)</source>
            <translation>{title} (en el anexo)</translation>
        </message>
        <message>
            <source>Add an &amp;appendix at the end: the receptor readings in full and the notes</source>
            <translation>Añadir un &amp;anexo al final: las lecturas de receptores completas y las notas</translation>
        </message>
        <message>
            <source>Receptor results and notes print here when they are ticked above.</source>
            <translation>Los resultados de receptores y las notas se imprimen aquí si están marcados arriba.</translation>
        </message>
        <message>
            <source>The notes are printed in the appendix, when it is added below.</source>
            <translation>Las notas se imprimen en el anexo, si se añade abajo.</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Vista &amp;previa…</translation>
        </message>
        <message>
            <source>See the pages on screen before printing</source>
            <translation>Ver las páginas en pantalla antes de imprimir</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Guardar como PD&amp;F…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>You chose your own days. “Since last visit” puts back the suggested ones.</source>
            <translation>Ha elegido sus propios días. «Desde la última visita» vuelve a los días propuestos.</translation>
        </message>
        <message>
            <source>Preview — {title}</source>
            <translation>Vista previa — {title}</translation>
        </message>
        <message>
            <source>Print the clinic visit summary</source>
            <translation>Imprimir el resumen para la consulta</translation>
        </message>
        <message>
            <source>The summary could not be sent to the printer. Please check that it is switched on and try again, or save the summary as a PDF instead.</source>
            <translation>No se ha podido enviar el resumen a la impresora. Compruebe que está encendida y vuelva a intentarlo, o guarde el resumen como PDF.</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Guardado en {path}.</translation>
        </message>
        <message>
            <source>The summary was sent to {printer}.</source>
            <translation>El resumen se ha enviado a {printer}.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>la impresora</translation>
        </message>
        <message>
            <source>Save the summary as a PDF</source>
            <translation>Guardar el resumen como PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The summary could not be saved to {folder}: {reason}. Nothing was written. Try another folder.</source>
            <translation>No se ha podido guardar el resumen en {folder}: {reason}. No se ha escrito nada. Pruebe con otra carpeta.</translation>
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
            <translation>No hay síntomas elegidos para Hoy. Pulse «Elegir síntomas…» para elegir algunos.</translation>
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
            <translation>Añadir un tratamiento</translation>
        </message>
        <message>
            <source>Change a treatment</source>
            <translation>Cambiar un tratamiento</translation>
        </message>
        <message>
            <source>Choose the kind of treatment…</source>
            <translation>Elija el tipo de tratamiento…</translation>
        </message>
        <message>
            <source>&amp;Kind of treatment:</source>
            <translation>&amp;Tipo de tratamiento:</translation>
        </message>
        <message>
            <source>Type or choose a medicine</source>
            <translation>Escriba o elija un medicamento</translation>
        </message>
        <message>
            <source>&amp;Medicine or regimen:</source>
            <translation>&amp;Medicamento o esquema:</translation>
        </message>
        <message>
            <source>The list holds the medicines the source articles name; any name can be typed.</source>
            <translation>La lista recoge los medicamentos que citan los artículos fuente; puede escribir cualquier nombre.</translation>
        </message>
        <message>
            <source>&amp;How it is given:</source>
            <translation>&amp;Vía de administración:</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>&amp;Started:</source>
            <translation>&amp;Inicio:</translation>
        </message>
        <message>
            <source>A date after today is fine: the treatment is then shown as planned.</source>
            <translation>Puede ser una fecha posterior a hoy: el tratamiento se muestra entonces como previsto.</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>E&amp;nded:</source>
            <translation>&amp;Fin:</translation>
        </message>
        <message>
            <source>Leave as “Ongoing” while the treatment goes on (Delete empties it).</source>
            <translation>Déjelo en «En curso» mientras siga el tratamiento (la tecla Supr lo vacía).</translation>
        </message>
        <message>
            <source>&amp;Reason stopped:</source>
            <translation>Motivo de &amp;suspensión:</translation>
        </message>
        <message>
            <source>How it went, what to remember…</source>
            <translation>Cómo fue, qué recordar…</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>Please choose the kind of treatment (or “Other treatment or care”).</source>
            <translation>Elija el tipo de tratamiento (u «Otro tratamiento o cuidado»).</translation>
        </message>
        <message>
            <source>Please give the date the treatment started, or will start.</source>
            <translation>Indique la fecha en que empezó o empezará el tratamiento.</translation>
        </message>
        <message>
            <source>{about}
From: {sources}</source>
            <translation>{about}
Fuente: {sources}</translation>
        </message>
        <message>
            <source>Give an end date first; the reason goes with it.</source>
            <translation>Indique primero una fecha de fin; el motivo va con ella.</translation>
        </message>
    </context>
    <context>
        <name>TreatmentTimeline</name>
        <message>
            <source>Treatment timeline</source>
            <translation>Cronología de tratamientos</translation>
        </message>
        <message>
            <source>No treatments recorded yet.</source>
            <translation>Aún no hay tratamientos anotados.</translation>
        </message>
        <message>
            <source>planned from {days}</source>
            <translation>previsto: {days}</translation>
        </message>
        <message>
            <source>{start} – ongoing</source>
            <translation>{start} – en curso</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>previsto</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
    </context>
    <context>
        <name>TreatmentsView</name>
        <message>
            <source>Treatment</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>How given</source>
            <translation>Vía</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Reason stopped</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Treatments</source>
            <translation>Tratamientos</translation>
        </message>
        <message>
            <source>The treatments you are having and have had. Treatments often overlap; that is normal. Planned treatments can be added with a start date ahead.</source>
            <translation>Los tratamientos que recibe y que ha recibido. Es normal que varios coincidan en el tiempo. Puede añadir tratamientos previstos con una fecha de inicio futura.</translation>
        </message>
        <message>
            <source>treatment</source>
            <translation>tratamiento</translation>
        </message>
        <message>
            <source>Hover over a bar to see its dates.</source>
            <translation>Pase el puntero sobre una barra para ver sus fechas.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Treatment timeline</source>
            <translation>Cronología de tratamientos</translation>
        </message>
        <message>
            <source>Now taking</source>
            <translation>Tratamientos actuales</translation>
        </message>
        <message>
            <source>Current treatments</source>
            <translation>Tratamientos actuales</translation>
        </message>
        <message>
            <source>Planned treatments</source>
            <translation>Tratamientos previstos</translation>
        </message>
        <message>
            <source>{name}, {details},</source>
            <translation>{name}, {details},</translation>
        </message>
        <message>
            <source>{name} ({details})</source>
            <translation>{name} ({details})</translation>
        </message>
        <message>
            <source>{what} from {start}</source>
            <translation>{what} a partir del {start}</translation>
        </message>
        <message>
            <source>{what} since {start}</source>
            <translation>{what} desde el {start}</translation>
        </message>
        <message>
            <source>Now taking:</source>
            <translation>Tratamientos actuales:</translation>
        </message>
        <message>
            <source>No current treatments recorded.</source>
            <translation>No hay tratamientos actuales anotados.</translation>
        </message>
        <message>
            <source>Planned: {treatments}</source>
            <translation>Previstos: {treatments}</translation>
        </message>
        <message>
            <source>{dose}, {pattern}</source>
            <translation>{dose}, {pattern}</translation>
        </message>
        <message>
            <source>the treatment “{name}” started {start}</source>
            <translation>el tratamiento «{name}» iniciado el {start}</translation>
        </message>
        <message>
            <source>{name}
Notes: {notes}</source>
            <translation>{name}
Notas: {notes}</translation>
        </message>
        <message>
            <source>{start} (planned)</source>
            <translation>{start} (previsto)</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>previsto</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>en curso</translation>
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
            <translation>Este registro guarda un diario privado de síntomas, tratamientos y citas. Todo se queda en este dispositivo.</translation>
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
        <name>app</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>muestra esta ayuda y termina</translation>
        </message>
        <message>
            <source>{program}: error: {message}</source>
            <translation>{program}: error: {message}</translation>
        </message>
        <message>
            <source>argument {option}: {problem}</source>
            <translation>argumento {option}: {problem}</translation>
        </message>
        <message>
            <source>the following arguments are required: {options}</source>
            <translation>faltan estos argumentos: {options}</translation>
        </message>
        <message>
            <source>unrecognized arguments: {words}</source>
            <translation>argumentos no reconocidos: {words}</translation>
        </message>
        <message>
            <source>invalid choice: {value} (choose from {choices})</source>
            <translation>opción no válida: {value} (elija entre {choices})</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>falta un valor después</translation>
        </message>
        <message>
            <source>invalid int value: {value}</source>
            <translation>{value} no es un número entero</translation>
        </message>
        <message>
            <source>MBC Care Tracker: a private record of symptoms, treatments and appointments for people living with metastatic breast cancer. Everything stays on this computer.</source>
            <translation>MBC Care Tracker: un registro privado de síntomas, tratamientos y citas para personas que viven con cáncer de mama metastásico. Todo se queda en este dispositivo.</translation>
        </message>
        <message>
            <source>the language of the window, the summary and the messages for this run (default: the one chosen in Edit &gt; Preferences, else the computer's, else English)</source>
            <translation>el idioma de la ventana, del resumen y de los mensajes en esta ejecución (por defecto: el elegido en Editar &gt; Preferencias; si no, el del dispositivo; si no, inglés)</translation>
        </message>
        <message>
            <source>keep the record, its backups and the settings in DIR (default: $MBC_TRACKER_DATA_DIR, else your user data folder)</source>
            <translation>guarda el registro, sus copias de seguridad y los ajustes en DIR (por defecto: $MBC_TRACKER_DATA_DIR; si no, su carpeta de datos de usuario)</translation>
        </message>
        <message>
            <source>start on a fresh demo record in a temporary folder (your own record is not touched)</source>
            <translation>empieza con un registro de demostración nuevo en una carpeta temporal (su propio registro no se toca)</translation>
        </message>
        <message>
            <source>start in the system tray, for reminders, when the desktop has one (else as usual); used by Start at login</source>
            <translation>empieza en la bandeja del sistema, para los recordatorios, si el escritorio la tiene (si no, como siempre); lo usa el inicio automático al entrar en la sesión</translation>
        </message>
        <message>
            <source>show the window, then quit (for smoke tests and benchmarks)</source>
            <translation>muestra la ventana y termina (para pruebas rápidas y mediciones)</translation>
        </message>
        <message>
            <source>for a record protected with a passphrase: read the passphrase from the first line of FILE (default: $MBC_TRACKER_PASSPHRASE_FILE, else asked for at the terminal); never give a passphrase itself on the command line</source>
            <translation>para un registro protegido con frase de contraseña: lee la frase de contraseña de la primera línea de FILE (por defecto: $MBC_TRACKER_PASSPHRASE_FILE; si no, se pide en el terminal); nunca escriba la frase de contraseña en la línea de órdenes</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>muestra la versión del programa y termina</translation>
        </message>
        <message>
            <source>write a realistic demo record into the data folder (never overwrites one)</source>
            <translation>escribe un registro de demostración realista en la carpeta de datos (nunca sustituye uno existente)</translation>
        </message>
        <message>
            <source>years of history (1)</source>
            <translation>años de historial (1)</translation>
        </message>
        <message>
            <source>write the whole record as JSON (default), as CSV files for a spreadsheet, or as a FHIR document for a clinic's system</source>
            <translation>escribe todo el registro como JSON (por defecto), como archivos CSV para una hoja de cálculo o como un documento FHIR para el sistema de una clínica</translation>
        </message>
        <message>
            <source>json: one file that can be imported again (default); csv: one spreadsheet file per kind of data, into the folder OUT or the zip OUT (see docs/csv-format.md); fhir: a FHIR R4 patient summary document, FILE.json (see docs/fhir.md)</source>
            <translation>json: un solo archivo que se puede volver a importar (por defecto); csv: un archivo de hoja de cálculo por tipo de datos, en la carpeta OUT o en el zip OUT (vea docs/csv-format.md); fhir: un documento FHIR R4 de resumen del paciente, FILE.json (vea docs/fhir.md)</translation>
        </message>
        <message>
            <source>FILE.json, or for csv a folder or FILE.zip</source>
            <translation>FILE.json o, para csv, una carpeta o FILE.zip</translation>
        </message>
        <message>
            <source>read a JSON export into an empty record (all or nothing)</source>
            <translation>lee una exportación JSON en un registro vacío (todo o nada)</translation>
        </message>
        <message>
            <source>list the symptoms worth telling your care team about, and why (see docs/flags.md)</source>
            <translation>enumera los síntomas que vale la pena comentar con su equipo médico, y por qué (vea docs/flags.md)</translation>
        </message>
        <message>
            <source>print a JSON array for other programs instead</source>
            <translation>imprime en su lugar una lista JSON para otros programas</translation>
        </message>
        <message>
            <source>only flags that reach this day or later (not in the future)</source>
            <translation>solo los avisos que llegan a este día o después (no en el futuro)</translation>
        </message>
        <message>
            <source>also list flags already discussed with your care team</source>
            <translation>muestra también los avisos ya comentados con su equipo médico</translation>
        </message>
        <message>
            <source>what is due day by day: doses, appointments with their questions, check-ins</source>
            <translation>lo pendiente día a día: dosis, citas con sus preguntas, anotaciones del día</translation>
        </message>
        <message>
            <source>first day (default: today)</source>
            <translation>primer día (por defecto: hoy)</translation>
        </message>
        <message>
            <source>how many days, from 1 to 366 (default: 7)</source>
            <translation>cuántos días, de 1 a 366 (por defecto: 7)</translation>
        </message>
        <message>
            <source>make a checked backup of the record now (works while the app is open)</source>
            <translation>hace ahora una copia de seguridad comprobada del registro (funciona con la aplicación abierta)</translation>
        </message>
        <message>
            <source>list the backups, or restore one (the record as it is now is backed up first)</source>
            <translation>enumera las copias de seguridad o restaura una (antes se hace una copia del registro tal como está)</translation>
        </message>
        <message>
            <source>the backup to restore: a file, or a name from the list (without FILE: the list)</source>
            <translation>la copia de seguridad que restaurar: un archivo o un nombre de la lista (sin FILE: la lista)</translation>
        </message>
        <message>
            <source>protect the record with a passphrase (its contents become unreadable without it; a forgotten passphrase cannot be recovered)</source>
            <translation>protege el registro con una frase de contraseña (sin ella, su contenido no se puede leer; una frase de contraseña olvidada no se puede recuperar)</translation>
        </message>
        <message>
            <source>give a protected record a new passphrase (backups made before keep the old one)</source>
            <translation>pone una nueva frase de contraseña a un registro protegido (las copias de seguridad anteriores conservan la antigua)</translation>
        </message>
        <message>
            <source>read the new passphrase from the first line of FILE (default: asked for twice at the terminal)</source>
            <translation>lee la nueva frase de contraseña de la primera línea de FILE (por defecto: se pide dos veces en el terminal)</translation>
        </message>
        <message>
            <source>remove the passphrase protection (the record becomes a plain file)</source>
            <translation>quita la protección con frase de contraseña (el registro vuelve a ser un archivo normal)</translation>
        </message>
        <message>
            <source>do not ask for confirmation first</source>
            <translation>no pide confirmación antes</translation>
        </message>
        <message>
            <source>add the app to your applications menu, with its icon (Linux and other free desktops; for you only)</source>
            <translation>añade la aplicación al menú de aplicaciones, con su icono (Linux y otros escritorios libres; solo para usted)</translation>
        </message>
        <message>
            <source>take the app out of your applications menu again</source>
            <translation>quita la aplicación del menú de aplicaciones</translation>
        </message>
        <message>
            <source>write the clinic visit summary for your oncologist as a PDF (no window needed)</source>
            <translation>escribe el resumen para la consulta de su oncólogo en un PDF (no hace falta la ventana)</translation>
        </message>
        <message>
            <source>first day (default: the day of your last oncology visit, else of your last appointment, else 30 days back)</source>
            <translation>primer día (por defecto: el día de su última visita de oncología; si no, el de su última cita; si no, hace 30 días)</translation>
        </message>
        <message>
            <source>last day (default: today)</source>
            <translation>último día (por defecto: hoy)</translation>
        </message>
        <message>
            <source>the parts to print, from: {sections} (default: the ones chosen last time, else all)</source>
            <translation>las partes que imprimir, entre: {sections} (por defecto: las elegidas la última vez; si no, todas)</translation>
        </message>
        <message>
            <source>end with the appendix: the receptor readings in full and your notes (default: as chosen last time, else without)</source>
            <translation>termina con el anexo: las lecturas de receptores completas y sus notas (por defecto: como se eligió la última vez; si no, sin anexo)</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>el archivo PDF que escribir</translation>
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
        <name>chart</name>
        <message>
            <source>The chart could not be drawn as a picture.</source>
            <translation>No se pudo dibujar el gráfico como imagen.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>The record's passphrase does not protect this file: anyone who can open it can read it.</source>
            <translation>La frase de contraseña del registro no protege este archivo: cualquiera que pueda abrirlo puede leerlo.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong before the command finished; part of its work may already have been saved. Details for a support request are in {file}.</source>
            <translation>Algo inesperado salió mal antes de que terminara la orden; parte de su trabajo puede haberse guardado ya. Los detalles para una solicitud de ayuda están en {file}.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong, so nothing was changed. Details for a support request are in {file}.</source>
            <translation>Algo inesperado salió mal, así que no se ha cambiado nada. Los detalles para una solicitud de ayuda están en {file}.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong before the command finished; part of its work may already have been saved. To see the details, run the command again with MBC_TRACKER_DEBUG=1.</source>
            <translation>Algo inesperado salió mal antes de que terminara la orden; parte de su trabajo puede haberse guardado ya. Para ver los detalles, vuelva a ejecutar la orden con MBC_TRACKER_DEBUG=1.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong, so nothing was changed. To see the details, run the command again with MBC_TRACKER_DEBUG=1.</source>
            <translation>Algo inesperado salió mal, así que no se ha cambiado nada. Para ver los detalles, vuelva a ejecutar la orden con MBC_TRACKER_DEBUG=1.</translation>
        </message>
        <message>
            <source>Unknown command “{command}”. Try: mbc-tracker --help</source>
            <translation>Orden desconocida «{command}». Pruebe: mbc-tracker --help</translation>
        </message>
        <message>
            <source>The applications menu entry could not be written in {folder} ({reason}); “mbc-tracker uninstall-desktop” removes any part already written.</source>
            <translation>No se pudo escribir la entrada del menú de aplicaciones en {folder} ({reason}); «mbc-tracker uninstall-desktop» quita cualquier parte ya escrita.</translation>
        </message>
        <message>
            <source>Wrote {file}</source>
            <translation>Se ha escrito {file}</translation>
        </message>
        <message>
            <source>MBC Care Tracker is now in your applications menu (it may take a moment to appear).</source>
            <translation>MBC Care Tracker ya está en su menú de aplicaciones (puede tardar un momento en aparecer).</translation>
        </message>
        <message>
            <source>The applications menu entry could not be removed from {folder} ({reason}).</source>
            <translation>No se pudo quitar la entrada del menú de aplicaciones de {folder} ({reason}).</translation>
        </message>
        <message>
            <source>Removed {file}</source>
            <translation>Se ha quitado {file}</translation>
        </message>
        <message>
            <source>MBC Care Tracker was not in your applications menu; nothing to remove.</source>
            <translation>MBC Care Tracker no estaba en su menú de aplicaciones; no hay nada que quitar.</translation>
        </message>
        <message>
            <source>Open it with: {command}</source>
            <translation>Ábralo con: {command}</translation>
        </message>
        <message>
            <source>--years: choose a whole number from 1 to {most}.</source>
            <translation>--years: elija un número entero de 1 a {most}.</translation>
        </message>
        <message>
            <source>The demo record could not be written in {folder}: {reason}.</source>
            <translation>No se pudo escribir el registro de demostración en {folder}: {reason}.</translation>
        </message>
        <message>
            <source>the demo person</source>
            <translation>la persona de demostración</translation>
        </message>
        <message>
            <source>Wrote a demo record for {name} (1 year of history) to {file}.</source>
            <translation>Se ha escrito un registro de demostración de {name} (1 año de historial) en {file}.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote a demo record for {name} (%n years of history) to {file}.</source>
            <translation>
                <numerusform>Se ha escrito un registro de demostración de {name} (%n año de historial) en {file}.</numerusform>
                <numerusform>Se ha escrito un registro de demostración de {name} (%n años de historial) en {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no record in {folder} yet, so there is nothing to export. Check the folder given with --data-dir.</source>
            <translation>Todavía no hay ningún registro en {folder}, así que no hay nada que exportar. Compruebe la carpeta indicada con --data-dir.</translation>
        </message>
        <message>
            <source>Exported CSV files for a spreadsheet to {target}.</source>
            <translation>Se han exportado archivos CSV para una hoja de cálculo a {target}.</translation>
        </message>
        <message>
            <source>Exported a FHIR document (a patient summary for a clinic's system) to {target}.</source>
            <translation>Se ha exportado un documento FHIR (un resumen del paciente para el sistema de una clínica) a {target}.</translation>
        </message>
        <message>
            <source>Exported to {target}.</source>
            <translation>Exportado a {target}.</translation>
        </message>
        <message>
            <source>The export could not be written to {target}: {reason}.</source>
            <translation>No se pudo escribir la exportación en {target}: {reason}.</translation>
        </message>
        <message>
            <source>The files hold private health details: keep them somewhere safe.</source>
            <translation>Los archivos contienen datos de salud privados: guárdelos en un lugar seguro.</translation>
        </message>
        <message>
            <source>The file holds private health details: keep it somewhere safe.</source>
            <translation>El archivo contiene datos de salud privados: guárdelo en un lugar seguro.</translation>
        </message>
        <message>
            <source>Nothing was imported from {file}; the record is unchanged.</source>
            <translation>No se ha importado nada de {file}; el registro no ha cambiado.</translation>
        </message>
        <message>
            <source>Imported {file} into {record}.</source>
            <translation>Se ha importado {file} en {record}.</translation>
        </message>
        <message>
            <source>could not be read</source>
            <translation>no se pudo leer</translation>
        </message>
        <message>
            <source>no days logged</source>
            <translation>ningún día anotado</translation>
        </message>
        <message>
            <source>1 day logged, the last on {day}</source>
            <translation>1 día anotado, el último el {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n days logged, the last on {day}</source>
            <translation>
                <numerusform>%n día anotado, el último el {day}</numerusform>
                <numerusform>%n días anotados, el último el {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>There is no record in {folder} yet, so there is nothing to back up. Check the folder given with --data-dir.</source>
            <translation>Todavía no hay ningún registro en {folder}, así que no hay nada de lo que hacer una copia de seguridad. Compruebe la carpeta indicada con --data-dir.</translation>
        </message>
        <message>
            <source>The backup could not be made; the record itself was not changed. Please check that the disk holding {folder} has free space, then try again.</source>
            <translation>No se pudo hacer la copia de seguridad; el registro en sí no ha cambiado. Compruebe que el disco donde está {folder} tiene espacio libre y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Made a checked backup: {file}</source>
            <translation>Se ha hecho una copia de seguridad comprobada: {file}</translation>
        </message>
        <message>
            <source>It holds {contents}.</source>
            <translation>Contiene {contents}.</translation>
        </message>
        <message>
            <source>Close it there first, then restore; nothing was changed.</source>
            <translation>Ciérrelo allí primero y luego restaure; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The backup could not be restored, so the record was left as it was. Please check that the disk has free space, then try again.</source>
            <translation>No se pudo restaurar la copia de seguridad, así que el registro se ha quedado como estaba. Compruebe que el disco tiene espacio libre y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Restored {backup} as the record in {folder}.</source>
            <translation>Se ha restaurado {backup} como el registro de {folder}.</translation>
        </message>
        <message>
            <source>The record as it was just before is kept as {name} in {folder}: restore that to undo this.</source>
            <translation>El registro tal como estaba justo antes se guarda como {name} en {folder}: restaure esa copia para deshacer esto.</translation>
        </message>
        <message>
            <source>The file that was there (damaged, or not a record) was not deleted: it is kept as {name} in {folder}.</source>
            <translation>El archivo que había (dañado, o que no era un registro) no se ha eliminado: se guarda como {name} en {folder}.</translation>
        </message>
        <message>
            <source>There are no backups in {folder} yet. Make one with: mbc-tracker backup</source>
            <translation>Todavía no hay copias de seguridad en {folder}. Haga una con: mbc-tracker backup</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automática</translation>
        </message>
        <message>
            <source>made by you</source>
            <translation>hecha por usted</translation>
        </message>
        <message>
            <source>before an update</source>
            <translation>antes de una actualización</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>antes de restaurar</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otra</translation>
        </message>
        <message>
            <source>Backups in {folder}, newest first:</source>
            <translation>Copias de seguridad en {folder}, de la más reciente a la más antigua:</translation>
        </message>
        <message>
            <source>Restore one with: mbc-tracker restore NAME (the record as it is now is backed up first).</source>
            <translation>Restaure una con: mbc-tracker restore NAME (antes se hace una copia del registro tal como está).</translation>
        </message>
        <message>
            <source>This app does not replace your care team. If you feel very unwell, contact them or emergency services.</source>
            <translation>Esta aplicación no sustituye a su equipo médico. Si se encuentra muy mal, contacte con ellos o con los servicios de urgencias.</translation>
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
            <source>--since: this date is in the future. Please choose today or earlier.</source>
            <translation>--since: esta fecha está en el futuro. Elija hoy o un día anterior.</translation>
        </message>
        <message>
            <source>There is no record in {folder} yet, so there are no flags to show. Check the folder given with --data-dir.</source>
            <translation>Todavía no hay ningún registro en {folder}, así que no hay avisos que mostrar. Compruebe la carpeta indicada con --data-dir.</translation>
        </message>
        <message>
            <source>1 flag, newest first:</source>
            <translation>1 aviso:</translation>
        </message>
        <message numerus="yes">
            <source>%n flags, newest first:</source>
            <translation>
                <numerusform>%n aviso, del más reciente al más antiguo:</numerusform>
                <numerusform>%n avisos, del más reciente al más antiguo:</numerusform>
            </translation>
        </message>
        <message>
            <source>One flag you have already discussed with your care team stays quiet unless the symptom gets worse; add --all to list it.</source>
            <translation>Un aviso que ya ha comentado con su equipo médico no se muestra salvo que el síntoma empeore; añada --all para verlo.</translation>
        </message>
        <message numerus="yes">
            <source>%n flags you have already discussed with your care team stay quiet unless the symptom gets worse; add --all to list them.</source>
            <translation>
                <numerusform>%n aviso que ya ha comentado con su equipo médico no se muestra salvo que el síntoma empeore; añada --all para verlo.</numerusform>
                <numerusform>%n avisos que ya ha comentado con su equipo médico no se muestran salvo que el síntoma empeore; añada --all para verlos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing you logged since {day} is flagged by the rules this app uses. If something worries you or feels different, you can always mention it to your care team.</source>
            <translation>Nada de lo que ha anotado desde el {day} genera un aviso según las reglas que usa esta aplicación. Si algo le preocupa o lo nota distinto, siempre puede comentarlo con su equipo médico.</translation>
        </message>
        <message>
            <source>Nothing you logged is flagged by the rules this app uses. If something worries you or feels different, you can always mention it to your care team.</source>
            <translation>Nada de lo que ha anotado genera un aviso según las reglas que usa esta aplicación. Si algo le preocupa o lo nota distinto, siempre puede comentarlo con su equipo médico.</translation>
        </message>
        <message>
            <source>{level}: {symptom}</source>
            <translation>{level}: {symptom}</translation>
        </message>
        <message>
            <source>Discussed on {day} with your care team; it has got worse since then.</source>
            <translation>Comentado con su equipo médico el {day}; ha empeorado desde entonces.</translation>
        </message>
        <message>
            <source>Discussed on {day} with your care team.</source>
            <translation>Comentado con su equipo médico el {day}.</translation>
        </message>
        <message numerus="yes">
            <source>{span} (%n days)</source>
            <translation>
                <numerusform>{span} (%n día)</numerusform>
                <numerusform>{span} (%n días)</numerusform>
            </translation>
        </message>
        <message>
            <source>Days: {span}</source>
            <translation>Días: {span}</translation>
        </message>
        <message>
            <source>Why: {reason}</source>
            <translation>Por qué: {reason}</translation>
        </message>
        <message>
            <source>Also: {explanation}</source>
            <translation>Además: {explanation}</translation>
        </message>
        <message>
            <source>Source: {citation}</source>
            <translation>Fuente: {citation}</translation>
        </message>
        <message>
            <source>{option}: “{text}” is not a date. Please write it as YYYY-MM-DD, e.g. 2025-03-01.</source>
            <translation>{option}: «{text}» no es una fecha. Escríbala como AAAA-MM-DD, por ejemplo 2025-03-01.</translation>
        </message>
        <message>
            <source>--sections: please name at least one part of the summary: {parts}.</source>
            <translation>--sections: nombre al menos una parte del resumen: {parts}.</translation>
        </message>
        <message>
            <source>--sections: “{name}” is not a part of the summary. Choose from: {parts}.</source>
            <translation>--sections: «{name}» no es una parte del resumen. Elija entre: {parts}.</translation>
        </message>
        <message>
            <source>There is no record in {folder} yet, so there is nothing to summarise. Check the folder given with --data-dir.</source>
            <translation>Todavía no hay ningún registro en {folder}, así que no hay nada que resumir. Compruebe la carpeta indicada con --data-dir.</translation>
        </message>
        <message>
            <source>The PDF could not be made because Qt could not be loaded ({error}); see “Linux system libraries” in the README.</source>
            <translation>No se pudo hacer el PDF porque no se pudo cargar Qt ({error}); vea «Linux system libraries» en el README.</translation>
        </message>
        <message>
            <source>The summary could not be written to {file} ({reason}); nothing was changed there.</source>
            <translation>No se pudo escribir el resumen en {file} ({reason}); allí no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The summary could not be made ({error}); nothing was written.</source>
            <translation>No se pudo hacer el resumen ({error}); no se ha escrito nada.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote a %n-page clinic visit summary for {span} to {file}.</source>
            <translation>
                <numerusform>Se ha escrito un resumen para la consulta de %n página, del periodo {span}, en {file}.</numerusform>
                <numerusform>Se ha escrito un resumen para la consulta de %n páginas, del periodo {span}, en {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli_agenda</name>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Anotación</translation>
        </message>
        <message>
            <source>due</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>put off until later</source>
            <translation>aplazada para más tarde</translation>
        </message>
        <message>
            <source>taken</source>
            <translation>tomada</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>omitida</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>sin anotar</translation>
        </message>
        <message>
            <source>will ask how it is then</source>
            <translation>se le preguntará cómo está en ese momento</translation>
        </message>
        <message>
            <source>time to say how it is now</source>
            <translation>es hora de decir cómo está ahora</translation>
        </message>
        <message>
            <source>score after not recorded</source>
            <translation>puntuación posterior sin anotar</translation>
        </message>
        <message>
            <source>upcoming</source>
            <translation>próxima</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>pasada</translation>
        </message>
        <message>
            <source>logged</source>
            <translation>anotada</translation>
        </message>
        <message>
            <source>not logged</source>
            <translation>sin anotar</translation>
        </message>
        <message>
            <source>--days: “{text}” is not a number. Please give a number of days from 1 to {most}.</source>
            <translation>--days: «{text}» no es un número. Indique un número de días de 1 a {most}.</translation>
        </message>
        <message>
            <source>--days: please give a number of days from 1 to {most}.</source>
            <translation>--days: indique un número de días de 1 a {most}.</translation>
        </message>
        <message>
            <source>There is no record in {folder} yet, so there is no agenda to show. Check the folder given with --data-dir.</source>
            <translation>Todavía no hay ningún registro en {folder}, así que no hay agenda que mostrar. Compruebe la carpeta indicada con --data-dir.</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>sin hora</translation>
        </message>
        <message>
            <source>Nothing planned.</source>
            <translation>Nada previsto.</translation>
        </message>
        <message>
            <source>{title} ({status})</source>
            <translation>{title} ({status})</translation>
        </message>
        <message>
            <source>Questions to ask:</source>
            <translation>Preguntas para hacer:</translation>
        </message>
    </context>
    <context>
        <name>cli_protection</name>
        <message>
            <source>Keep the passphrase safe: a forgotten passphrase cannot be recovered, and only an exported copy kept somewhere safe could bring the record back.</source>
            <translation>Guarde bien la frase de contraseña: una frase de contraseña olvidada no se puede recuperar, y solo una copia exportada guardada en un lugar seguro podría recuperar el registro.</translation>
        </message>
        <message>
            <source>To protect “{name}”, a passphrase is needed: give it in a file with --passphrase-file FILE (or {variable}), or run the command in a terminal to be asked for it. Nothing was changed.</source>
            <translation>Para proteger «{name}» hace falta una frase de contraseña: indíquela en un archivo con --passphrase-file FILE (o {variable}), o ejecute la orden en un terminal para que se le pida. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>“{name}” is protected with a passphrase: give it in a file with --passphrase-file FILE (or {variable}), or run the command in a terminal to be asked for it. Nothing was changed.</source>
            <translation>«{name}» está protegido con una frase de contraseña: indíquela en un archivo con --passphrase-file FILE (o {variable}), o ejecute la orden en un terminal para que se le pida. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Passphrase for “{name}”: </source>
            <translation>Frase de contraseña de «{name}»: </translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>La misma frase de contraseña otra vez: </translation>
        </message>
        <message>
            <source>The two passphrases were not the same, so nothing was changed. Please try again.</source>
            <translation>Las dos frases de contraseña no coinciden, así que no se ha cambiado nada. Vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The passphrase file {file} could not be read ({reason}); nothing was changed.</source>
            <translation>No se pudo leer el archivo de frase de contraseña {file} ({reason}); no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The passphrase file {file} holds no passphrase on its first line (as UTF-8 text); nothing was changed.</source>
            <translation>El archivo de frase de contraseña {file} no tiene ninguna frase de contraseña en su primera línea (como texto UTF-8); no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>{problem} Nothing was changed.</source>
            <translation>{problem} No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>There is no record in {folder} yet, so nothing to protect.</source>
            <translation>Todavía no hay ningún registro en {folder}, así que no hay nada que proteger.</translation>
        </message>
        <message>
            <source>“{name}” is already protected with a passphrase; nothing changed.</source>
            <translation>«{name}» ya está protegido con una frase de contraseña; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Protected “{name}” with the passphrase: its contents are now unreadable without it.</source>
            <translation>«{name}» se ha protegido con la frase de contraseña: sin ella, su contenido ya no se puede leer.</translation>
        </message>
        <message>
            <source>1 backup made before in {folder} is not protected and can be read by anyone who can open that folder. New backups are protected.</source>
            <translation>1 copia de seguridad hecha antes en {folder} no está protegida y cualquiera que pueda abrir esa carpeta puede leerla. Las nuevas copias de seguridad sí están protegidas.</translation>
        </message>
        <message numerus="yes">
            <source>%n backups made before in {folder} are not protected and can be read by anyone who can open that folder. New backups are protected.</source>
            <translation>
                <numerusform>%n copia de seguridad hecha antes en {folder} no está protegida y cualquiera que pueda abrir esa carpeta puede leerla. Las nuevas copias de seguridad sí están protegidas.</numerusform>
                <numerusform>%n copias de seguridad hechas antes en {folder} no están protegidas y cualquiera que pueda abrir esa carpeta puede leerlas. Las nuevas copias de seguridad sí están protegidas.</numerusform>
            </translation>
        </message>
        <message>
            <source>The new passphrase is needed: give it in a file with --new-passphrase-file FILE, or run the command in a terminal to be asked for it. Nothing was changed.</source>
            <translation>Hace falta la nueva frase de contraseña: indíquela en un archivo con --new-passphrase-file FILE, o ejecute la orden en un terminal para que se le pida. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Now the new passphrase.</source>
            <translation>Ahora, la nueva frase de contraseña.</translation>
        </message>
        <message>
            <source>“{name}” now opens with the new passphrase, and no longer with the old one.</source>
            <translation>«{name}» ahora se abre con la nueva frase de contraseña y ya no con la antigua.</translation>
        </message>
        <message>
            <source>1 backup made before in {folder} still opens only with the old passphrase.</source>
            <translation>1 copia de seguridad hecha antes en {folder} sigue abriéndose solo con la frase de contraseña antigua.</translation>
        </message>
        <message numerus="yes">
            <source>%n backups made before in {folder} still open only with the old passphrase.</source>
            <translation>
                <numerusform>%n copia de seguridad hecha antes en {folder} sigue abriéndose solo con la frase de contraseña antigua.</numerusform>
                <numerusform>%n copias de seguridad hechas antes en {folder} siguen abriéndose solo con la frase de contraseña antigua.</numerusform>
            </translation>
        </message>
        <message>
            <source>Without protection, anyone who can open “{name}” can read it. Remove the protection? [y/N] </source>
            <translation>Sin protección, cualquiera que pueda abrir «{name}» puede leerlo. ¿Quitar la protección? [s/N] </translation>
        </message>
        <message>
            <source>Removing the protection needs a confirmation: add --yes, or run the command in a terminal. Nothing was changed.</source>
            <translation>Para quitar la protección hace falta una confirmación: añada --yes o ejecute la orden en un terminal. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The protection was kept; nothing was changed.</source>
            <translation>Se ha mantenido la protección; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Removed the protection: “{name}” is a plain file again, readable without it.</source>
            <translation>Se ha quitado la protección: «{name}» vuelve a ser un archivo normal, que se puede leer sin ella.</translation>
        </message>
        <message>
            <source>The backups made before in {folder} are still protected and open only with the passphrase.</source>
            <translation>Las copias de seguridad hechas antes en {folder} siguen protegidas y solo se abren con la frase de contraseña.</translation>
        </message>
        <message>
            <source>y</source>
            <comment>the short answer yes to a [y/N] question</comment>
            <translation>s</translation>
        </message>
        <message>
            <source>yes</source>
            <comment>the answer yes to a [y/N] question (more spellings: separate them with commas)</comment>
            <translation>sí,si</translation>
        </message>
        <message>
            <source>“{name}” is not protected with a passphrase; nothing changed.</source>
            <translation>«{name}» no está protegido con una frase de contraseña; no se ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>csv_record</name>
        <message numerus="yes">
            <source>{file} (%n row)</source>
            <translation>
                <numerusform>{file} (%n fila)</numerusform>
                <numerusform>{file} (%n filas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} (%n rows)</source>
            <translation>
                <numerusform>{file} (%n fila)</numerusform>
                <numerusform>{file} (%n filas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Files: {files}.</source>
            <translation>Archivos: {files}.</translation>
        </message>
        <message>
            <source>The folder {folder} is where the app keeps your record; please choose another folder for {what}.</source>
            <translation>En la carpeta {folder} la aplicación guarda su registro; elija otra carpeta para {what}.</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder; please choose a folder or a name ending in .zip for {what}.</source>
            <translation>{folder} es un archivo, no una carpeta; elija una carpeta o un nombre que termine en .zip para {what}.</translation>
        </message>
        <message>
            <source>The folder {folder} could not be made: {reason}.</source>
            <translation>No se pudo crear la carpeta {folder}: {reason}.</translation>
        </message>
        <message>
            <source>The folder {folder} holds other files (such as “{name}”); please choose an empty folder or a new one for {what}.</source>
            <translation>La carpeta {folder} contiene otros archivos (como «{name}»); elija una carpeta vacía o una nueva para {what}.</translation>
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
        <name>fhir_record</name>
        <message>
            <source>1 symptom score</source>
            <translation>1 puntuación de síntoma</translation>
        </message>
        <message>
            <source>{count} symptom scores</source>
            <translation>{count} puntuaciones de síntomas</translation>
        </message>
        <message>
            <source>1 weight or temperature</source>
            <translation>1 peso o temperatura</translation>
        </message>
        <message>
            <source>{count} weights and temperatures</source>
            <translation>{count} pesos y temperaturas</translation>
        </message>
        <message>
            <source>1 receptor result</source>
            <translation>1 resultado de receptores</translation>
        </message>
        <message>
            <source>{count} receptor results</source>
            <translation>{count} resultados de receptores</translation>
        </message>
        <message>
            <source>1 medicine</source>
            <translation>1 medicamento</translation>
        </message>
        <message>
            <source>{count} medicines</source>
            <translation>{count} medicamentos</translation>
        </message>
        <message>
            <source>1 radiotherapy or surgery</source>
            <translation>1 radioterapia o cirugía</translation>
        </message>
        <message>
            <source>{count} radiotherapies and surgeries</source>
            <translation>{count} radioterapias y cirugías</translation>
        </message>
        <message>
            <source>1 appointment</source>
            <translation>1 cita</translation>
        </message>
        <message>
            <source>{count} appointments</source>
            <translation>{count} citas</translation>
        </message>
        <message>
            <source>1 site of spread</source>
            <translation>1 lugar de extensión</translation>
        </message>
        <message>
            <source>{count} sites of spread</source>
            <translation>{count} lugares de extensión</translation>
        </message>
        <message>
            <source>It holds only the person's details; nothing else is recorded yet.</source>
            <translation>Solo contiene los datos de la persona; todavía no hay nada más anotado.</translation>
        </message>
        <message>
            <source>It holds {parts}.</source>
            <translation>Contiene {parts}.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>the lock file's place holds something else</source>
            <translation>en el lugar del archivo de bloqueo hay otra cosa</translation>
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
            <translation>Metastásico desde el primer diagnóstico («de novo»)</translation>
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
            <translation>Según la región del dispositivo</translation>
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
        <name>os_error</name>
        <message>
            <source>No such file or directory</source>
            <translation>No existe el archivo o la carpeta</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Permiso denegado</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Operación no permitida</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>No queda espacio en el disco</translation>
        </message>
        <message>
            <source>Disk quota exceeded</source>
            <translation>Se ha superado la cuota de disco</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>El disco es de solo lectura</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>Es una carpeta</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>No es una carpeta</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>El archivo ya existe</translation>
        </message>
        <message>
            <source>Input/output error</source>
            <translation>Error de lectura o escritura en el disco</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>El nombre del archivo es demasiado largo</translation>
        </message>
        <message>
            <source>Directory not empty</source>
            <translation>La carpeta no está vacía</translation>
        </message>
        <message>
            <source>Device or resource busy</source>
            <translation>El dispositivo o el recurso está ocupado</translation>
        </message>
        <message>
            <source>Resource temporarily unavailable</source>
            <translation>Recurso no disponible por el momento</translation>
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
        <name>paths</name>
        <message>
            <source>--data-dir: please give the name of a folder; an empty name was given.</source>
            <translation>--data-dir: indique el nombre de una carpeta; se ha dado un nombre vacío.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be used ({error}).</source>
            <translation>No se puede usar la carpeta de datos {folder} ({error}).</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder. Please give a folder for the record, for example a new folder name.</source>
            <translation>{folder} es un archivo, no una carpeta. Indique una carpeta para el registro, por ejemplo el nombre de una carpeta nueva.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be made: {file} is a file, not a folder.</source>
            <translation>No se puede crear la carpeta de datos {folder}: {file} es un archivo, no una carpeta.</translation>
        </message>
        <message>
            <source>The folder {folder} belongs to another user account. The app keeps a record only in a folder of your own; please choose another.</source>
            <translation>La carpeta {folder} pertenece a otra cuenta de usuario. La aplicación guarda un registro solo en una carpeta propia; elija otra.</translation>
        </message>
        <message>
            <source>You may not read and write in the folder {folder}; please choose another.</source>
            <translation>No tiene permiso para leer y escribir en la carpeta {folder}; elija otra.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be made: you may not create folders in {parent}.</source>
            <translation>No se puede crear la carpeta de datos {folder}: no tiene permiso para crear carpetas en {parent}.</translation>
        </message>
        <message>
            <source>the export</source>
            <translation>la exportación</translation>
        </message>
        <message>
            <source>the summary</source>
            <translation>el resumen</translation>
        </message>
        <message>
            <source>the calendar file</source>
            <translation>el archivo de calendario</translation>
        </message>
        <message>
            <source>the chart</source>
            <translation>el gráfico</translation>
        </message>
        <message>
            <source>the table</source>
            <translation>la tabla</translation>
        </message>
        <message>
            <source>this file</source>
            <translation>este archivo</translation>
        </message>
        <message>
            <source>the FHIR document</source>
            <translation>el documento FHIR</translation>
        </message>
        <message>
            <source>“{name}” is your record itself; please choose another name for {what}.</source>
            <translation>«{name}» es su propio registro; elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>“{name}” is one of the files that keep your record safe; please choose another name for {what}.</source>
            <translation>«{name}» es uno de los archivos que mantienen seguro su registro; elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>“{name}” is a record this app keeps; please choose another name for {what}.</source>
            <translation>«{name}» es un registro que guarda esta aplicación; elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>“{name}” is one of the files that keep a record safe; please choose another name for {what}.</source>
            <translation>«{name}» es uno de los archivos que mantienen seguro un registro; elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>“{name}” holds this app's settings; please choose another name for {what}.</source>
            <translation>«{name}» guarda los ajustes de esta aplicación; elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>The folder {folder} is where the app keeps backups of your record; please choose another folder for {what}.</source>
            <translation>En la carpeta {folder} la aplicación guarda las copias de seguridad de su registro; elija otra carpeta para {what}.</translation>
        </message>
        <message>
            <source>The folder {folder} is where the app keeps backups of your record; please choose another name for {what}.</source>
            <translation>En la carpeta {folder} la aplicación guarda las copias de seguridad de su registro; elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>The folder {folder} is where the app keeps its diagnostic log; please choose another folder for {what}.</source>
            <translation>En la carpeta {folder} la aplicación guarda su registro de diagnóstico; elija otra carpeta para {what}.</translation>
        </message>
        <message>
            <source>The folder {folder} is where the app keeps its diagnostic log; please choose another name for {what}.</source>
            <translation>En la carpeta {folder} la aplicación guarda su registro de diagnóstico; elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>The folder {folder} is where the app notes which records it has checked; please choose another folder for {what}.</source>
            <translation>En la carpeta {folder} la aplicación anota qué registros ha comprobado; elija otra carpeta para {what}.</translation>
        </message>
        <message>
            <source>The folder {folder} is where the app notes which records it has checked; please choose another name for {what}.</source>
            <translation>En la carpeta {folder} la aplicación anota qué registros ha comprobado; elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>The name “{name}” has characters that cannot be written; please choose another name for {what}.</source>
            <translation>El nombre «{name}» tiene caracteres que no se pueden escribir; elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>The folder {folder} has characters in its name that cannot be written; please choose another folder for {what}.</source>
            <translation>El nombre de la carpeta {folder} tiene caracteres que no se pueden escribir; elija otra carpeta para {what}.</translation>
        </message>
        <message>
            <source>{folder} is a folder; please choose a file name inside it for {what}.</source>
            <translation>{folder} es una carpeta; elija un nombre de archivo dentro de ella para {what}.</translation>
        </message>
        <message>
            <source>“{name}” is a file, not a folder; please choose a folder for {what}.</source>
            <translation>«{name}» es un archivo, no una carpeta; elija una carpeta para {what}.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read or replaced; please choose another name for {what}.</source>
            <translation>«{name}» no se puede leer ni sustituir; elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>“{name}” is a record of this app (perhaps a copy kept aside, or someone else's record); please choose another name for {what}.</source>
            <translation>«{name}» es un registro de esta aplicación (quizá una copia guardada aparte, o el registro de otra persona); elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>The name “{name}…” is too long for this disk; please choose a shorter name for {what}.</source>
            <translation>El nombre «{name}…» es demasiado largo para este disco; elija un nombre más corto para {what}.</translation>
        </message>
        <message>
            <source>You may not save files in the folder {folder}; please choose another folder for {what}, such as your Documents folder.</source>
            <translation>No tiene permiso para guardar archivos en la carpeta {folder}; elija otra carpeta para {what}, como su carpeta Documentos.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; please create it first, or choose another folder for {what}.</source>
            <translation>La carpeta {folder} no existe; créela primero o elija otra carpeta para {what}.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be opened; please choose another folder for {what}.</source>
            <translation>No se puede abrir la carpeta {folder}; elija otra carpeta para {what}.</translation>
        </message>
        <message>
            <source>“{name}” is a link to another file, and the app does not write through links; please choose another name for {what}.</source>
            <translation>«{name}» es un enlace a otro archivo, y la aplicación no escribe a través de enlaces; elija otro nombre para {what}.</translation>
        </message>
        <message>
            <source>“{name}” is a folder; please choose a file name inside it for {what}.</source>
            <translation>«{name}» es una carpeta; elija un nombre de archivo dentro de ella para {what}.</translation>
        </message>
        <message>
            <source>“{name}” is a special system file, not an ordinary file; please choose another name for {what}.</source>
            <translation>«{name}» es un archivo especial del sistema, no un archivo normal; elija otro nombre para {what}.</translation>
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
            <source>ER</source>
            <translation>RE</translation>
        </message>
        <message>
            <source>PR</source>
            <translation>RP</translation>
        </message>
        <message>
            <source>HER2</source>
            <translation>HER2</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>positivo</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>negativo</translation>
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
        <name>schedule_words</name>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <source>Please give times like 08:00, 20:00.</source>
            <translation>Escriba las horas así: 08:00, 20:00.</translation>
        </message>
        <message>
            <source>“{part}” is not a time of day; please give times like 08:00, 20:00.</source>
            <translation>«{part}» no es una hora del día; escriba las horas así: 08:00, 20:00.</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Cada semana</translation>
        </message>
        <message numerus="yes">
            <source>Every %n weeks</source>
            <translation>
                <numerusform>Cada %n semana</numerusform>
                <numerusform>Cada %n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n days</source>
            <translation>
                <numerusform>Cada %n día</numerusform>
                <numerusform>Cada %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message numerus="yes">
            <source>%n hours</source>
            <translation>
                <numerusform>%n hora</numerusform>
                <numerusform>%n horas</numerusform>
            </translation>
        </message>
        <message>
            <source>Every day at {times}</source>
            <translation>Todos los días a las {times}</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Todos los días</translation>
        </message>
        <message>
            <source>{on} days on, {off} days off</source>
            <translation>{on} días de toma, {off} días de descanso</translation>
        </message>
        <message>
            <source>{cycle}, at {times}</source>
            <translation>{cycle}, a las {times}</translation>
        </message>
        <message>
            <source>{every}, at {times}</source>
            <translation>{every}, a las {times}</translation>
        </message>
        <message>
            <source>As needed for {reason}</source>
            <translation>Si lo necesita, para {reason}</translation>
        </message>
        <message>
            <source>As needed</source>
            <translation>Si lo necesita</translation>
        </message>
        <message>
            <source>{needed}, at least {gap} apart</source>
            <translation>{needed}, con al menos {gap} de separación</translation>
        </message>
        <message>
            <source>Cycle {cycle}, day {day} (days on)</source>
            <translation>Ciclo {cycle}, día {day} (días de toma)</translation>
        </message>
        <message>
            <source>Cycle {cycle}, day {day} (days off)</source>
            <translation>Ciclo {cycle}, día {day} (días de descanso)</translation>
        </message>
        <message>
            <source>today, {day}</source>
            <translation>hoy, {day}</translation>
        </message>
        <message>
            <source>tomorrow, {day}</source>
            <translation>mañana, {day}</translation>
        </message>
        <message>
            <source>Next infusion: {when}</source>
            <translation>Próxima infusión: {when}</translation>
        </message>
        <message>
            <source>Next injection: {when}</source>
            <translation>Próxima inyección: {when}</translation>
        </message>
        <message>
            <source>Next dose: {when}</source>
            <translation>Próxima dosis: {when}</translation>
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
            <source>IHC {score}</source>
            <translation>IHQ {score}</translation>
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
        <name>widgets</name>
        <message>
            <source>d MMMM yyyy</source>
            <comment>Qt date format of a date field: d day, MMMM month name, yyyy year; quote other words</comment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
    </context>
</TS>
