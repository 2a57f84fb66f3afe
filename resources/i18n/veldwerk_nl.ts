<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>Answers</name>
    <message>
        <source>Chosen</source>
        <translation>Gekozen</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes: {label}</source>
        <translation>Ja: {label}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>No: {label}</source>
        <translation>Nee: {label}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{message} Veldwerk shows the project read-only until then, and lets you write again by itself.</source>
        <translation>{message} Tot die tijd toont Veldwerk het project alleen om te bekijken; daarna kunt u vanzelf weer schrijven.</translation>
    </message>
    <message>
        <source>There is no interview {id} in this project.</source>
        <translation>Er is geen interview {id} in dit project.</translation>
    </message>
    <message>
        <source>Recording recovered: {duration}</source>
        <translation>Opname hersteld: {duration}</translation>
    </message>
    <message>
        <source>Recording recovered</source>
        <translation>Opname hersteld</translation>
    </message>
    <message>
        <source>Veldwerk was closed while recording. Everything up to the last second was saved and is attached to its interview.</source>
        <translation>Veldwerk werd afgesloten tijdens een opname. Alles tot de laatste seconde is bewaard en hoort bij het interview.</translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation>Beschadigd project</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>De reservekopie openen</translation>
    </message>
    <message>
        <source>No project in {folder}: run &apos;veldwerk demo&apos;, or create or join one in the app.</source>
        <translation>Geen project in {folder}: voer &apos;veldwerk demo&apos; uit, of maak of voeg u bij een project in de app.</translation>
    </message>
    <message>
        <source>Veldwerk is already open with this project; its window is in front now.</source>
        <translation>Veldwerk is al open met dit project; dat venster staat nu vooraan.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>id, interview_id, topic_id, topic, position (in the guide), text, updated_at</source>
        <translation>id, interview_id, topic_id, topic, position (in de leidraad), text, updated_at</translation>
    </message>
    <message>
        <source>id, interview_id, topic_id, question, answer_type (text, choice, scale, yes_no), answer (scale 1-5 as a number, yes_no as true/false), updated_at</source>
        <translation>id, interview_id, topic_id, question, answer_type (text, choice, scale, yes_no), answer (schaal 1-5 als getal, yes_no als true/false), updated_at</translation>
    </message>
    <message>
        <source>id, recording_id, interview_id, offset_ms (milliseconds from the start), label, topic_id</source>
        <translation>id, recording_id, interview_id, offset_ms (milliseconden vanaf het begin), label, topic_id</translation>
    </message>
    <message>
        <source>id, recording_id, interview_id, start_ms, end_ms (milliseconds from the recording&apos;s start), speaker (a participant&apos;s code or a team member), text, edited (true: corrected by a person)</source>
        <translation>id, recording_id, interview_id, start_ms, end_ms (milliseconden vanaf het begin van de opname), speaker (de code van een deelnemer of een teamlid), text, edited (true: door iemand verbeterd)</translation>
    </message>
    <message>
        <source>participant_id, code, {scopes} (true/false), method, given_at, form_version, form_language</source>
        <translation>participant_id, code, {scopes} (true/false), method, given_at, form_version, form_language</translation>
    </message>
    <message>
        <source>kind, reason, count: how much of each kind this package does not hold, and why (nothing left out is named)</source>
        <translation>kind, reason, count: hoeveel van elke soort dit pakket niet bevat, en waarom (niets wat is weggelaten wordt genoemd)</translation>
    </message>
    <message>
        <source>The archive package is made from the coordinator&apos;s copy of the project, which holds everyone&apos;s work; this laptop joined it and holds only its own part.</source>
        <translation>Het archiefpakket wordt gemaakt vanuit de kopie van de coördinator, die ieders werk bevat; deze laptop is aangesloten bij het project en heeft alleen zijn eigen deel.</translation>
    </message>
    <message>
        <source>Ask the coordinator to make the deposit (Project › Export for analysis…, or veldwerk export archive). Nothing was written.</source>
        <translation>Vraag de coördinator de deposit te maken (Project › Exporteren voor analyse…, of veldwerk export archive). Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Another reason.</source>
        <translation>Een andere reden.</translation>
    </message>
    <message>
        <source>The project&apos;s recordings, and the notes of conversations not everyone agreed to archive, will be erased on {date}; this package keeps what may be archived.</source>
        <translation>De opnamen van het project, en de aantekeningen van gesprekken waarvan niet iedereen instemde met archiveren, worden gewist op {date}; dit pakket bewaart wat gearchiveerd mag worden.</translation>
    </message>
    <message>
        <source>The project&apos;s recordings, and the notes of conversations not everyone agreed to archive, were due for erasure on {date} and have not been erased yet.</source>
        <translation>De opnamen van het project, en de aantekeningen van gesprekken waarvan niet iedereen instemde met archiveren, hadden op {date} gewist moeten worden en zijn nog niet gewist.</translation>
    </message>
    <message>
        <source>The project&apos;s recordings, and the notes of conversations not everyone agreed to archive, were erased on {date}.</source>
        <translation>De opnamen van het project, en de aantekeningen van gesprekken waarvan niet iedereen instemde met archiveren, zijn gewist op {date}.</translation>
    </message>
    <message>
        <source>Made by Veldwerk {version} on {date}.</source>
        <translation>Gemaakt met Veldwerk {version} op {date}.</translation>
    </message>
    <message>
        <source>## Consent</source>
        <translation>## Toestemming</translation>
    </message>
    <message>
        <source>Everything here rests on the participants&apos; consent as recorded in Veldwerk: a conversation is included only if everyone in it agreed to archiving and to quotes, a recording only if everyone in it also agreed to audio. Participants who withdrew, or who did not agree, are not in this package; neither are conversations kept for the others after someone in them was erased. Each person&apos;s newest consent counts (consent.csv lists it, scope by scope).</source>
        <translation>Alles hier berust op de toestemming van de deelnemers zoals vastgelegd in Veldwerk: een gesprek zit erin alleen als iedereen erin instemde met archiveren en met citaten, een opname alleen als iedereen erin ook instemde met geluid. Deelnemers die zich terugtrokken of niet instemden, zitten niet in dit pakket; gesprekken die voor de anderen bewaard bleven nadat iemand erin gewist werd evenmin. De nieuwste toestemming van ieder telt (consent.csv geeft die, onderdeel voor onderdeel).</translation>
    </message>
    <message>
        <source>The data are pseudonymous: participants appear by code (for example ELS-014). Names, contact details, signatures, consent forms and the names of imported files were never exported. Team members appear by role and number (Student 2), by name only if they agreed to be named.</source>
        <translation>De gegevens zijn gepseudonimiseerd: deelnemers staan erin met hun code (bijvoorbeeld ELS-014). Namen, contactgegevens, handtekeningen, toestemmingsformulieren en de namen van geïmporteerde bestanden zijn nooit geëxporteerd. Teamleden staan erin met rol en nummer (Student 2), met hun naam alleen als ze daarmee instemden.</translation>
    </message>
    <message>
        <source>## Who held the conversations</source>
        <translation>## Wie de gesprekken voerde</translation>
    </message>
    <message>
        <source>## Deposit</source>
        <translation>## Deposit</translation>
    </message>
    <message>
        <source>Licence: {licence} ({uri}).</source>
        <translation>Licentie: {licence} ({uri}).</translation>
    </message>
    <message>
        <source>Rights holder: {holder}.</source>
        <translation>Rechthebbende: {holder}.</translation>
    </message>
    <message>
        <source>Access: {access}.</source>
        <translation>Toegang: {access}.</translation>
    </message>
    <message>
        <source>Contact: {contact}.</source>
        <translation>Contactpersoon: {contact}.</translation>
    </message>
    <message>
        <source>## Files</source>
        <translation>## Bestanden</translation>
    </message>
    <message>
        <source>- `data/tables/{table}.csv` ({rows}): {columns}</source>
        <translation>- `data/tables/{table}.csv` ({rows}): {columns}</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} rij</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} rijen</translation>
    </message>
    <message>
        <source>- `data/texts/&lt;interview id&gt;.txt`: each conversation&apos;s notes, topic by topic (UTF-8).</source>
        <translation>- `data/texts/&lt;gesprek-id&gt;.txt`: de aantekeningen van elk gesprek, onderwerp voor onderwerp (UTF-8).</translation>
    </message>
    <message>
        <source>- `data/audio/&lt;recording id&gt;.ogg` ({recordings}): the recordings as loudness-normalised Opus copies (Ogg).</source>
        <translation>- `data/audio/&lt;opname-id&gt;.ogg` ({recordings}): de opnamen als Opus-kopieën met gelijkgetrokken luidheid (Ogg).</translation>
    </message>
    <message>
        <source>- `data/transcripts/&lt;recording id&gt;.txt` ({n}): what was said in each recording, a line per segment: its start [mm:ss], the speaker, the text (UTF-8; the timing to the millisecond is in segments.csv).</source>
        <translation>- `data/transcripts/&lt;opname-id&gt;.txt` ({n}): wat er in elke opname gezegd is, een regel per stuk: het begin [mm:ss], de spreker, de tekst (UTF-8; de tijden tot op de milliseconde staan in segments.csv).</translation>
    </message>
    <message>
        <source>Tables are UTF-8 CSV with a byte-order mark; ids are UUIDs; times are ISO 8601 in UTC. `metadata/dataset.xml` and `metadata/files.xml` describe the deposit as DANS asks.</source>
        <translation>Tabellen zijn UTF-8-CSV met een byte-order mark; id&apos;s zijn UUID&apos;s; tijden zijn ISO 8601 in UTC. `metadata/dataset.xml` en `metadata/files.xml` beschrijven het deposit zoals DANS dat vraagt.</translation>
    </message>
    <message>
        <source>## Left out</source>
        <translation>## Weggelaten</translation>
    </message>
    <message>
        <source>Counted here, not named: the research team keeps the list.</source>
        <translation>Hier geteld, niet genoemd: het onderzoeksteam bewaart de lijst.</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Niets.</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Recording recovered: {duration} (interview {id})</source>
        <translation>Opname hersteld: {duration} (interview {id})</translation>
    </message>
    <message>
        <source>Recording stopped: the disk is almost full. Everything recorded is kept; free some space to record more.</source>
        <translation>De opname is gestopt: de schijf is bijna vol. Alles wat is opgenomen, blijft bewaard; maak ruimte vrij om meer op te nemen.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an audio file.</source>
        <translation>{path} is een map, geen geluidsbestand.</translation>
    </message>
    <message>
        <source>Nothing was recorded, so no recording was kept.</source>
        <translation>Er is niets opgenomen, dus er is geen opname bewaard.</translation>
    </message>
    <message>
        <source>Recording from a microphone needs the Veldwerk app installed.</source>
        <translation>Opnemen met een microfoon kan alleen als de Veldwerk-app is geïnstalleerd.</translation>
    </message>
    <message>
        <source>Give an audio file with --input instead.</source>
        <translation>Geef in plaats daarvan een geluidsbestand met --input.</translation>
    </message>
    <message>
        <source>{id}: compressed copy {name} ({size}), loudness {gain} dB</source>
        <translation>{id}: verkleinde kopie {name} ({size}), luidheid {gain} dB</translation>
    </message>
    <message>
        <source>Every recording here has its compressed copy.</source>
        <translation>Elke opname hier heeft haar verkleinde kopie.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>changed (does not match its SHA-256)</source>
        <translation>veranderd (klopt niet met de SHA-256)</translation>
    </message>
    <message>
        <source>holds no sound (0 s)</source>
        <translation>bevat geen geluid (0 s)</translation>
    </message>
    <message>
        <source>{ok} of {total} media files ok</source>
        <translation>{ok} van {total} mediabestanden in orde</translation>
    </message>
    <message>
        <source>Damaged recordings are marked and kept as they are. Copy a missing or changed file back from a backup or the original device; empty takes are removed the next time the project opens.</source>
        <translation>Beschadigde opnamen zijn gemarkeerd en blijven zoals ze zijn. Zet een ontbrekend of veranderd bestand terug uit een reservekopie of van het oorspronkelijke apparaat; lege opnamen verdwijnen de volgende keer dat het project opent.</translation>
    </message>
    <message>
        <source>No recordings yet.</source>
        <translation>Nog geen opnamen.</translation>
    </message>
    <message>
        <source>{id}  interview {interview}  {length}  {state}  {n} moments</source>
        <translation>{id}  interview {interview}  {length}  {state}  {n} momenten</translation>
    </message>
    <message>
        <source>Recording {id}… (Ctrl+C stops)</source>
        <translation>Opname {id}… (Ctrl+C stopt)</translation>
    </message>
    <message>
        <source>There is no interview {id}.</source>
        <translation>Er is geen interview {id}.</translation>
    </message>
    <message>
        <source>This recording was erased while it was being made: a participant withdrew.</source>
        <translation>Deze opname is gewist terwijl ze werd gemaakt: een deelnemer heeft zich teruggetrokken.</translation>
    </message>
    <message>
        <source>Nothing of it is kept.</source>
        <translation>Er blijft niets van bewaard.</translation>
    </message>
    <message>
        <source>the recording</source>
        <translation>de opname</translation>
    </message>
    <message>
        <source>Recording stopped: the disk could not take more ({detail}).</source>
        <translation>De opname is gestopt: er past niets meer op de schijf ({detail}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>No microphone called {name} was found.</source>
        <translation>Er is geen microfoon met de naam {name}.</translation>
    </message>
    <message>
        <source>Microphones on this computer: {names}.</source>
        <translation>Microfoons op deze computer: {names}.</translation>
    </message>
    <message>
        <source>Everything recorded before this moment is kept.</source>
        <translation>Alles wat tot dit moment is opgenomen, blijft bewaard.</translation>
    </message>
    <message>
        <source>Cannot use {path} as input: {detail}.</source>
        <translation>Kan {path} niet als invoer gebruiken: {detail}.</translation>
    </message>
    <message>
        <source>Give a 16-bit PCM WAV file.</source>
        <translation>Geef een WAV-bestand met 16-bit PCM.</translation>
    </message>
    <message>
        <source>{path} is not 16-bit PCM.</source>
        <translation>{path} is geen 16-bit PCM.</translation>
    </message>
    <message>
        <source>Give the recording itself, for example {path}/opname.m4a.</source>
        <translation>Geef de opname zelf op, bijvoorbeeld {path}/opname.m4a.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The file {path} is empty.</source>
        <translation>Het bestand {path} is leeg.</translation>
    </message>
    <message>
        <source>Copy the recording from the phone again.</source>
        <translation>Kopieer de opname opnieuw van de telefoon.</translation>
    </message>
    <message>
        <source>{path} is not a recording Veldwerk can read.</source>
        <translation>{path} is geen opname die Veldwerk kan lezen.</translation>
    </message>
    <message>
        <source>Use a recording in m4a, mp3, wav, ogg/opus, flac or amr, or a phone&apos;s video (mp4, mov, m4v, 3gp) with sound. If it is one, the file may be damaged.</source>
        <translation>Gebruik een opname in m4a, mp3, wav, ogg/opus, flac of amr, of een video van een telefoon (mp4, mov, m4v, 3gp) met geluid. Is het er een, dan is het bestand misschien beschadigd.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wordt ingelezen…</translation>
    </message>
    <message>
        <source>Nothing could be read from {path} ({detail}).</source>
        <translation>Uit {path} kon niets worden gelezen ({detail}).</translation>
    </message>
    <message>
        <source>The file may be damaged. Copy it from the phone again.</source>
        <translation>Het bestand is misschien beschadigd. Kopieer het opnieuw van de telefoon.</translation>
    </message>
    <message>
        <source>{name} is a video: its sound is the recording; the picture was not kept (faces stay out of the project).</source>
        <translation>{name} is een video: het geluid is de opname; het beeld is niet bewaard (gezichten blijven buiten het project).</translation>
    </message>
    <message>
        <source>{got} of {expected} could be read</source>
        <translation>{got} van {expected} was leesbaar</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}). What could be read is kept and marked as incomplete; if you still have the original, import it again.</source>
        <translation>{name} is beschadigd ({detail}). Wat leesbaar was, is bewaard en gemarkeerd als onvolledig; hebt u het origineel nog, lees het dan opnieuw in.</translation>
    </message>
    <message>
        <source>Could not measure the loudness of {path}.</source>
        <translation>Kon de luidheid van {path} niet meten.</translation>
    </message>
    <message>
        <source>Run &apos;veldwerk audio check&apos;; the file may be damaged.</source>
        <translation>Voer &apos;veldwerk audio check&apos; uit; het bestand is misschien beschadigd.</translation>
    </message>
    <message>
        <source>Recording {id} has no audio file yet.</source>
        <translation>Opname {id} heeft nog geen geluidsbestand.</translation>
    </message>
    <message>
        <source>Compressing the recording…</source>
        <translation>De opname wordt verkleind…</translation>
    </message>
    <message>
        <source>Compressing {path} failed: {detail}</source>
        <translation>Verkleinen van {path} is mislukt: {detail}</translation>
    </message>
    <message>
        <source>Making the Opus copy of recording {n} of {total}…</source>
        <translation>Opus-kopie maken van opname {n} van {total}…</translation>
    </message>
    <message>
        <source>Converting {path} to MP3 failed: {detail}</source>
        <translation>Omzetten van {path} naar MP3 is mislukt: {detail}</translation>
    </message>
    <message>
        <source>There is no recording {id}.</source>
        <translation>Er is geen opname {id}.</translation>
    </message>
    <message>
        <source>A marker must lie within the recording (0 to {ms} ms).</source>
        <translation>Een markering moet binnen de opname liggen (0 tot {ms} ms).</translation>
    </message>
    <message>
        <source>The marker {id} no longer exists.</source>
        <translation>De markering {id} bestaat niet meer.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}.</source>
        <translation>Kan {path} niet lezen: {detail}.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>your notes</source>
        <translation>uw aantekeningen</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>The microphone could not be opened. Check that it is connected and that Veldwerk may use it.</source>
        <translation>De microfoon kon niet worden geopend. Controleer of hij is aangesloten en of Veldwerk hem mag gebruiken.</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound (was it unplugged?).</source>
        <translation>De microfoon geeft geen geluid meer door (is hij losgekoppeld?).</translation>
    </message>
    <message>
        <source>The microphone stopped working.</source>
        <translation>De microfoon werkt niet meer.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>There is no {what} called {name}.</source>
        <translation>Er is geen {what} met de naam {name}.</translation>
    </message>
    <message>
        <source>Known: {names}.</source>
        <translation>Bekend: {names}.</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>buurt</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>teamlid</translation>
    </message>
    <message>
        <source>No interviews found.</source>
        <translation>Geen interviews gevonden.</translation>
    </message>
    <message>
        <source>No interviews yet: veldwerk interview new makes one.</source>
        <translation>Nog geen interviews: veldwerk interview new maakt er een.</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Nog geen deelnemers.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>teruggetrokken</translation>
    </message>
    <message>
        <source>no consent yet</source>
        <translation>nog geen toestemming</translation>
    </message>
    <message>
        <source>consent, with recording</source>
        <translation>toestemming, met opname</translation>
    </message>
    <message>
        <source>consent, no recording</source>
        <translation>toestemming, geen opname</translation>
    </message>
    <message>
        <source>the interview</source>
        <translation>het interview</translation>
    </message>
    <message>
        <source>There is no participant with code {code}.</source>
        <translation>Er is geen deelnemer met code {code}.</translation>
    </message>
    <message>
        <source>&apos;veldwerk participants&apos; lists the codes.</source>
        <translation>&apos;veldwerk participants&apos; toont de codes.</translation>
    </message>
    <message>
        <source>There is no guide called {name}.</source>
        <translation>Er is geen leidraad met de naam {name}.</translation>
    </message>
    <message>
        <source>There is no interview {id}.</source>
        <translation>Er is geen interview {id}.</translation>
    </message>
    <message>
        <source>&apos;veldwerk interviews&apos; lists them with their ids.</source>
        <translation>&apos;veldwerk interviews&apos; toont ze met hun id.</translation>
    </message>
    <message>
        <source>This interview&apos;s guide has topics 1 to {n}; there is no topic {topic}.</source>
        <translation>De leidraad van dit interview heeft onderwerpen 1 tot en met {n}; er is geen onderwerp {topic}.</translation>
    </message>
    <message>
        <source>This interview has no guide; use --free for its notes.</source>
        <translation>Dit interview heeft geen leidraad; gebruik --free voor de aantekeningen.</translation>
    </message>
    <message>
        <source>topic {n} ({title})</source>
        <translation>onderwerp {n} ({title})</translation>
    </message>
    <message>
        <source>the free notes</source>
        <translation>de vrije aantekeningen</translation>
    </message>
    <message>
        <source>the interviews, newest first, with the list&apos;s filters</source>
        <translation>de interviews, nieuwste eerst, met de filters van de lijst</translation>
    </message>
    <message>
        <source>words in title, place, summary, tags or codes</source>
        <translation>woorden in titel, plaats, samenvatting, labels of codes</translation>
    </message>
    <message>
        <source>name or id</source>
        <translation>naam of id</translation>
    </message>
    <message>
        <source>participants by code, with their consent (never names or contacts)</source>
        <translation>deelnemers per code, met hun toestemming (nooit namen of contactgegevens)</translation>
    </message>
    <message>
        <source>make an interview</source>
        <translation>een interview maken</translation>
    </message>
    <message>
        <source>a new interview; prints its id</source>
        <translation>een nieuw interview; toont het id</translation>
    </message>
    <message>
        <source>a participant&apos;s code (repeat for a focus group)</source>
        <translation>de code van een deelnemer (herhaal voor een focusgroep)</translation>
    </message>
    <message>
        <source>a team member&apos;s name (repeat for more)</source>
        <translation>de naam van een teamlid (herhaal voor meer)</translation>
    </message>
    <message>
        <source>the guide&apos;s name (default: the project&apos;s only one)</source>
        <translation>de naam van de leidraad (standaard: de enige van het project)</translation>
    </message>
    <message>
        <source>when it starts (local time unless an offset is given)</source>
        <translation>wanneer het begint (plaatselijke tijd, tenzij er een tijdverschil bij staat)</translation>
    </message>
    <message>
        <source>write notes</source>
        <translation>aantekeningen schrijven</translation>
    </message>
    <message>
        <source>store the text under a topic (replacing what was there)</source>
        <translation>de tekst onder een onderwerp bewaren (in plaats van wat er stond)</translation>
    </message>
    <message>
        <source>the guide&apos;s topic number, from 1</source>
        <translation>het nummer van het onderwerp in de leidraad, vanaf 1</translation>
    </message>
    <message>
        <source>the text, or - to read it from standard input</source>
        <translation>de tekst, of - om die van standaardinvoer te lezen</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>de aantekening</translation>
    </message>
    <message>
        <source>Saved: {where} of interview {id}, {n} characters.</source>
        <translation>Bewaard: {where} van interview {id}, {n} tekens.</translation>
    </message>
    <message>
        <source>Unchanged: {where} already held this text.</source>
        <translation>Ongewijzigd: {where} had deze tekst al.</translation>
    </message>
    <message>
        <source>create the demo project (once)</source>
        <translation>het demoproject maken (eenmaal)</translation>
    </message>
    <message>
        <source>list the projects in the data folder</source>
        <translation>de projecten in de gegevensmap tonen</translation>
    </message>
    <message>
        <source>counts per project</source>
        <translation>aantallen per project</translation>
    </message>
    <message>
        <source>one JSON object per project and line</source>
        <translation>één JSON-object per project en regel</translation>
    </message>
    <message>
        <source>change-log entries after a sequence number</source>
        <translation>regels uit het wijzigingslogboek na een volgnummer</translation>
    </message>
    <message>
        <source>only this device&apos;s entries (&apos;me&apos;: this laptop&apos;s)</source>
        <translation>alleen de regels van dit apparaat (&apos;me&apos;: van deze laptop)</translation>
    </message>
    <message>
        <source>only entries not yet in a bundle</source>
        <translation>alleen regels die nog niet in een bundel zitten</translation>
    </message>
    <message>
        <source>what the coordinator&apos;s receipts said about this laptop&apos;s changes that were not simply applied (waiting, refused, accepted)</source>
        <translation>wat de ontvangstbewijzen van de coördinator zeiden over wijzigingen van deze laptop die niet zomaar zijn verwerkt (wachtend, geweigerd, aanvaard)</translation>
    </message>
    <message>
        <source>one JSON object per line, as bundles carry them</source>
        <translation>één JSON-object per regel, zoals bundels ze meenemen</translation>
    </message>
    <message>
        <source>Project {name} made, with the consent forms in Dutch and English (data kept until {date}). Next: neighbourhoods, phases, the team and a guide; then keys and a project file per team member.</source>
        <translation>Project {name} gemaakt, met de toestemmingsformulieren in het Nederlands en Engels (gegevens bewaard tot {date}). Daarna: buurten, fasen, het team en een leidraad; dan sleutels en een projectbestand per teamlid.</translation>
    </message>
    <message>
        <source>No project in {folder} yet: make one (veldwerk project new), join one (veldwerk project join FILE) or try the demo (veldwerk demo).</source>
        <translation>Nog geen project in {folder}: maak er een (veldwerk project new), sluit aan bij een project (veldwerk project join BESTAND) of probeer het demoproject (veldwerk demo).</translation>
    </message>
    <message>
        <source>{name}: {total} ({kinds}), {people}, {recordings}; consent: {audio} with audio, {without} without audio, {not_yet} not yet, {stopped} stopped use, {erased} erased; not yet sent: {unsent}</source>
        <translation>{name}: {total} ({kinds}), {people}, {recordings}; toestemming: {audio} met geluid, {without} zonder geluid, {not_yet} nog niet, {stopped} gebruik gestopt, {erased} gewist; nog niet verstuurd: {unsent}</translation>
    </message>
    <message>
        <source>No changes after number {n}.</source>
        <translation>Geen wijzigingen na nummer {n}.</translation>
    </message>
    <message>
        <source>Changes {first}–{last} ({file}) were refused by the coordinator with their bundle: {why}</source>
        <translation>Wijzigingen {first}–{last} ({file}) zijn met hun bundel door de coördinator geweigerd: {why}</translation>
    </message>
    <message>
        <source>The coordinator has said nothing about single changes of this laptop: none waits for it or was refused.</source>
        <translation>De coördinator heeft niets gezegd over afzonderlijke wijzigingen van deze laptop: er wacht er geen op de coördinator en er is er geen geweigerd.</translation>
    </message>
    <message>
        <source>{rows} rows copied into {url}. Work there with: veldwerk --data-dir {folder} --db URL …; the media stay in {media}.</source>
        <translation>{rows} rijen gekopieerd naar {url}. Werk daar verder met: veldwerk --data-dir {folder} --db URL …; de media blijven in {media}.</translation>
    </message>
    <message>
        <source>add a participant</source>
        <translation>een deelnemer toevoegen</translation>
    </message>
    <message>
        <source>a new participant; prints the code</source>
        <translation>een nieuwe deelnemer; toont de code</translation>
    </message>
    <message>
        <source>name or id; its prefix starts the code (without one the code starts with P)</source>
        <translation>naam of id; de code begint met het voorvoegsel van de buurt (zonder buurt met P)</translation>
    </message>
    <message>
        <source>the code (default: the next free one, e.g. ELS-014)</source>
        <translation>de code (standaard: de volgende vrije, bijvoorbeeld ELS-014)</translation>
    </message>
    <message>
        <source>notes about the person (searchable)</source>
        <translation>aantekeningen over de persoon (doorzoekbaar)</translation>
    </message>
    <message>
        <source>the participant</source>
        <translation>de deelnemer</translation>
    </message>
    <message>
        <source>neighbourhoods and their code prefixes</source>
        <translation>buurten en hun codevoorvoegsels</translation>
    </message>
    <message>
        <source>the start of the participants&apos; codes (default: the name&apos;s first 3 letters)</source>
        <translation>het begin van de codes van de deelnemers (standaard: de eerste 3 letters van de naam)</translation>
    </message>
    <message>
        <source>the project&apos;s phases</source>
        <translation>de fasen van het project</translation>
    </message>
    <message>
        <source>the team members and their roles</source>
        <translation>de teamleden en hun rollen</translation>
    </message>
    <message>
        <source>whether a member agreed to be named in outputs (CSV, spreadsheet, documents, archive, charts); otherwise they show role and number</source>
        <translation>of een teamlid instemde met zijn naam in wat het project uitgaat (CSV, spreadsheet, documenten, archief, grafieken); anders staan rol en nummer er</translation>
    </message>
    <message>
        <source>the member agreed to be named in outputs (otherwise they show role and number, e.g. &apos;Co-researcher 2&apos;)</source>
        <translation>het teamlid stemde in met zijn naam in wat het project uitgaat (anders staan rol en nummer er, bijv. &apos;Co-onderzoeker 2&apos;)</translation>
    </message>
    <message>
        <source>(coordinator) the date until which recordings are kept; a new date gives the consent forms a new version</source>
        <translation>(coördinator) de datum tot wanneer opnamen bewaard worden; een nieuwe datum geeft de toestemmingsformulieren een nieuwe versie</translation>
    </message>
    <message>
        <source>the new date (without it: show the current one)</source>
        <translation>de nieuwe datum (zonder: de huidige tonen)</translation>
    </message>
    <message>
        <source>(coordinator) {what}</source>
        <translation>(coördinator) {what}</translation>
    </message>
    <message>
        <source>add to {what}</source>
        <translation>toevoegen aan {what}</translation>
    </message>
    <message>
        <source>list {what}</source>
        <translation>{what} tonen</translation>
    </message>
    <message>
        <source>give one a new name</source>
        <translation>er een een nieuwe naam geven</translation>
    </message>
    <message>
        <source>remove one (refused while interviews or participants use it)</source>
        <translation>er een weghalen (kan niet zolang interviews of deelnemers hem gebruiken)</translation>
    </message>
    <message>
        <source>(coordinator) interview guides and questionnaires</source>
        <translation>(coördinator) leidraden en vragenlijsten</translation>
    </message>
    <message>
        <source>a new guide from a file: one topic a line (&apos;Title: question&apos;; # comments), or JSON (FILE.json)</source>
        <translation>een nieuwe leidraad uit een bestand: één onderwerp per regel (&apos;Titel: vraag&apos;; # opmerkingen), of JSON (BESTAND.json)</translation>
    </message>
    <message>
        <source>(default: the JSON&apos;s name, else the file&apos;s)</source>
        <translation>(standaard: de naam in de JSON, anders die van het bestand)</translation>
    </message>
    <message>
        <source>(default: the JSON&apos;s, else interview)</source>
        <translation>(standaard: die in de JSON, anders interview)</translation>
    </message>
    <message>
        <source>replace a guide&apos;s topics from a file; a guide interviews use gets a new version (they keep theirs)</source>
        <translation>de onderwerpen van een leidraad vervangen uit een bestand; een leidraad die interviews gebruiken krijgt een nieuwe versie (zij houden de hunne)</translation>
    </message>
    <message>
        <source>the guide&apos;s name or id</source>
        <translation>naam of id van de leidraad</translation>
    </message>
    <message>
        <source>a new name for the guide</source>
        <translation>een nieuwe naam voor de leidraad</translation>
    </message>
    <message>
        <source>the guides: newest version, kind and number of topics</source>
        <translation>de leidraden: nieuwste versie, soort en aantal onderwerpen</translation>
    </message>
    <message>
        <source>a guide&apos;s topics, numbered as &apos;note set --topic N&apos; takes them</source>
        <translation>de onderwerpen van een leidraad, genummerd zoals &apos;note set --topic N&apos; ze neemt</translation>
    </message>
    <message>
        <source>one JSON object, in the form &apos;guide add&apos; reads</source>
        <translation>één JSON-object, in de vorm die &apos;guide add&apos; leest</translation>
    </message>
    <message>
        <source>{name}  ({role}; in outputs: {shown})</source>
        <translation>{name}  ({role}; naar buiten: {shown})</translation>
    </message>
    <message>
        <source>the project&apos;s setup</source>
        <translation>de opzet van het project</translation>
    </message>
    <message>
        <source>Outputs name {name}: they agreed.</source>
        <translation>Wat naar buiten gaat noemt {name} bij naam: die stemde in.</translation>
    </message>
    <message>
        <source>Outputs call {name} {shown}, not by name.</source>
        <translation>Wat naar buiten gaat noemt {name} {shown}, niet bij naam.</translation>
    </message>
    <message>
        <source>Choose the prefix with --prefix, e.g. --prefix ELS.</source>
        <translation>Kies het voorvoegsel met --prefix, bijvoorbeeld --prefix ELS.</translation>
    </message>
    <message>
        <source>Neighbourhood {name} added; its participants&apos; codes start with {detail}-.</source>
        <translation>Buurt {name} toegevoegd; de codes van de deelnemers daar beginnen met {detail}-.</translation>
    </message>
    <message>
        <source>Phase {name} added.</source>
        <translation>Fase {name} toegevoegd.</translation>
    </message>
    <message>
        <source>{name} added to the team as {detail}.</source>
        <translation>{name} is als {detail} aan het team toegevoegd.</translation>
    </message>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>{old} heet nu {new}.</translation>
    </message>
    <message>
        <source>{name} removed.</source>
        <translation>{name} is weggehaald.</translation>
    </message>
    <message>
        <source>No neighbourhoods yet.</source>
        <translation>Nog geen buurten.</translation>
    </message>
    <message>
        <source>No phases yet.</source>
        <translation>Nog geen fasen.</translation>
    </message>
    <message>
        <source>No team members yet.</source>
        <translation>Nog geen teamleden.</translation>
    </message>
    <message>
        <source>No retention date yet.</source>
        <translation>Nog geen bewaartermijn.</translation>
    </message>
    <message>
        <source>the retention date</source>
        <translation>de bewaartermijn</translation>
    </message>
    <message>
        <source>Recordings are kept until {date}; the consent forms say so.</source>
        <translation>Opnamen worden bewaard tot {date}; de toestemmingsformulieren zeggen dat ook.</translation>
    </message>
    <message>
        <source>There is already a guide called {name}; &apos;veldwerk guide update {name} FILE&apos; changes it, or give another --name.</source>
        <translation>Er is al een leidraad met de naam {name}; &apos;veldwerk guide update {name} BESTAND&apos; past die aan, of geef een andere --name.</translation>
    </message>
    <message>
        <source>the guide</source>
        <translation>de leidraad</translation>
    </message>
    <message>
        <source>Guide {name} added with {count} topics.</source>
        <translation>Leidraad {name} toegevoegd met {count} onderwerpen.</translation>
    </message>
    <message>
        <source>Guide {name} is now version {version}, with {count} topics; interviews written with an earlier version keep it.</source>
        <translation>Leidraad {name} is nu versie {version}, met {count} onderwerpen; interviews met een eerdere versie houden die.</translation>
    </message>
    <message>
        <source>Guide {name} (version {version}) now has {count} topics.</source>
        <translation>Leidraad {name} (versie {version}) heeft nu {count} onderwerpen.</translation>
    </message>
    <message>
        <source>{name} is a guide of the kind {kind}; a guide keeps its kind. Add a new guide instead.</source>
        <translation>{name} is een leidraad van de soort {kind}; een leidraad houdt zijn soort. Voeg in plaats daarvan een nieuwe leidraad toe.</translation>
    </message>
    <message>
        <source>{name}  ({kind}, version {version}, topics: {count})</source>
        <translation>{name}  ({kind}, versie {version}, onderwerpen: {count})</translation>
    </message>
    <message>
        <source>No guides yet.</source>
        <translation>Nog geen leidraden.</translation>
    </message>
    <message>
        <source>{name}  ({kind}, version {version})</source>
        <translation>{name}  ({kind}, versie {version})</translation>
    </message>
    <message>
        <source>record into an interview (stops on Ctrl+C)</source>
        <translation>opnemen bij een interview (stopt met Ctrl+C)</translation>
    </message>
    <message>
        <source>&apos;default&apos;, a microphone&apos;s name, or an audio file (any format ffmpeg reads: wav, mp3, m4a, ogg/opus, flac, amr) played at real-time speed</source>
        <translation>&apos;default&apos;, de naam van een microfoon, of een geluidsbestand (elk formaat dat ffmpeg leest: wav, mp3, m4a, ogg/opus, flac, amr) afgespeeld op normale snelheid</translation>
    </message>
    <message>
        <source>stop after this many seconds</source>
        <translation>stoppen na zoveel seconden</translation>
    </message>
    <message>
        <source>every recording with its markers</source>
        <translation>elke opname met haar markeringen</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>één JSON-object per regel</translation>
    </message>
    <message>
        <source>audio tools</source>
        <translation>geluidsgereedschap</translation>
    </message>
    <message>
        <source>verify every media file (recordings, signatures, spoken consent, consent documents) against its SHA-256</source>
        <translation>elk mediabestand (opnamen, handtekeningen, gesproken toestemming, toestemmingsdocumenten) controleren tegen zijn SHA-256</translation>
    </message>
    <message>
        <source>make the compressed copies that are still missing</source>
        <translation>de verkleinde kopieën maken die nog ontbreken</translation>
    </message>
    <message>
        <source>import a recording file into an interview (its participants must have agreed to audio; paper consent counts); of a video (mp4, mov, m4v, 3gp) only the sound</source>
        <translation>een opnamebestand bij een interview inlezen (de deelnemers moeten met geluid hebben ingestemd; toestemming op papier telt); van een video (mp4, mov, m4v, 3gp) alleen het geluid</translation>
    </message>
    <message>
        <source>the coordinator&apos;s keys</source>
        <translation>de sleutels van de coördinator</translation>
    </message>
    <message>
        <source>make the coordinator&apos;s keys (passphrase asked twice, or VELDWERK_PASSPHRASE) and a recovery sheet to print</source>
        <translation>de sleutels van de coördinator maken (wachtzin twee keer gevraagd, of VELDWERK_PASSPHRASE) en een herstelblad om af te drukken</translation>
    </message>
    <message>
        <source>the key file to make</source>
        <translation>het sleutelbestand dat gemaakt wordt</translation>
    </message>
    <message>
        <source>where the recovery sheet goes (readable by you only; default: beside the key file, OUT.recovery.txt; - prints it and writes no file)</source>
        <translation>waar het herstelblad komt (alleen door u te lezen; standaard naast het sleutelbestand, OUT.recovery.txt; - toont het in de terminal en schrijft geen bestand)</translation>
    </message>
    <message>
        <source>this laptop&apos;s key fingerprint, for the coordinator to compare before approving it</source>
        <translation>de vingerafdruk van de sleutel van deze laptop, om de coördinator te laten vergelijken vóór het toelaten</translation>
    </message>
    <message>
        <source>give this laptop a name the coordinator sees beside your name</source>
        <translation>geef deze laptop een naam die de coördinator naast uw naam ziet</translation>
    </message>
    <message>
        <source>make the key file again from a typed-in recovery sheet</source>
        <translation>het sleutelbestand opnieuw maken uit een overgetypt herstelblad</translation>
    </message>
    <message>
        <source>make a project, join one, or (coordinator) make project files for the team</source>
        <translation>een project maken, meedoen met een project, of (coördinator) projectbestanden voor het team maken</translation>
    </message>
    <message>
        <source>(coordinator) a new project with the plain-language consent forms; prints its id</source>
        <translation>(coördinator) een nieuw project met de toestemmingsformulieren in eenvoudige taal; toont het id</translation>
    </message>
    <message>
        <source>until when data are kept (the consent forms state it; recordings are erased after it)</source>
        <translation>tot wanneer gegevens bewaard worden (dat staat op de toestemmingsformulieren; daarna worden opnamen gewist)</translation>
    </message>
    <message>
        <source>the language the interviews are held in (nl, en, de, fr, tr, ar, pl, es; default nl)</source>
        <translation>de taal waarin de interviews gehouden worden (nl, en, de, fr, tr, ar, pl, es; standaard nl)</translation>
    </message>
    <message>
        <source>a signed project file for one team member</source>
        <translation>een ondertekend projectbestand voor één teamlid</translation>
    </message>
    <message>
        <source>the team member&apos;s name</source>
        <translation>de naam van het teamlid</translation>
    </message>
    <message>
        <source>FILE.veldwerkproject</source>
        <translation>BESTAND.veldwerkproject</translation>
    </message>
    <message>
        <source>the coordinator&apos;s key file</source>
        <translation>het sleutelbestand van de coördinator</translation>
    </message>
    <message>
        <source>bundles go to this folder (USB stick, team folder)</source>
        <translation>bundels gaan naar deze map (USB-stick, teammap)</translation>
    </message>
    <message>
        <source>bundles go to this WebDAV folder</source>
        <translation>bundels gaan naar deze WebDAV-map</translation>
    </message>
    <message>
        <source>the member&apos;s login name for the WebDAV share</source>
        <translation>de inlognaam van het teamlid voor de WebDAV-map</translation>
    </message>
    <message>
        <source>(coordinator) copy this project into an empty team database (PostgreSQL); then work with --db URL</source>
        <translation>(coördinator) dit project naar een lege teamdatabase (PostgreSQL) kopiëren; werk daarna met --db URL</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://gebruiker@server/database</translation>
    </message>
    <message>
        <source>join the project a coordinator&apos;s project file describes</source>
        <translation>meedoen met het project dat het projectbestand van een coördinator beschrijft</translation>
    </message>
    <message>
        <source>bundles of this laptop&apos;s changes</source>
        <translation>bundels met de wijzigingen van deze laptop</translation>
    </message>
    <message>
        <source>put the changes not yet sent into a bundle (and copy it to --out)</source>
        <translation>de nog niet verstuurde wijzigingen in een bundel zetten (en die naar --out kopiëren)</translation>
    </message>
    <message>
        <source>also copy the new bundles to this folder (a USB stick)</source>
        <translation>de nieuwe bundels ook naar deze map kopiëren (een USB-stick)</translation>
    </message>
    <message>
        <source>check a bundle and show what it holds</source>
        <translation>een bundel controleren en tonen wat erin zit</translation>
    </message>
    <message>
        <source>the coordinator&apos;s key file (to open it)</source>
        <translation>het sleutelbestand van de coördinator (om hem te openen)</translation>
    </message>
    <message>
        <source>the bundles this laptop made, and how far each got</source>
        <translation>de bundels die deze laptop maakte, en hoe ver elk kwam</translation>
    </message>
    <message>
        <source>export what is waiting and deliver the outbox now</source>
        <translation>wat klaarstaat in een bundel zetten en het postvak uit nu afleveren</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>het versienummer tonen en stoppen</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn nodig: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde voor %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>Field interviews for neighbourhood research.</source>
        <translation>Veldinterviews voor buurtonderzoek.</translation>
    </message>
    <message>
        <source>data folder (default: VELDWERK_DATA_DIR or the platform&apos;s user data folder)</source>
        <translation>gegevensmap (standaard: VELDWERK_DATA_DIR of de gegevensmap van de gebruiker op dit systeem)</translation>
    </message>
    <message>
        <source>project name or id, when the folder holds several</source>
        <translation>naam of id van het project, als de map er meer heeft</translation>
    </message>
    <message>
        <source>a team database (postgresql://user@host/name; default: VELDWERK_DB, or [team] database in settings.ini); the data folder then holds its media, inbox and answers</source>
        <translation>een teamdatabase (postgresql://gebruiker@server/naam; standaard: VELDWERK_DB, of [team] database in settings.ini); de gegevensmap bewaart dan de media, het postvak in en de antwoorden</translation>
    </message>
    <message>
        <source>language of the app and of the commands&apos; messages</source>
        <translation>taal van de app en van de meldingen van de opdrachten</translation>
    </message>
    <message>
        <source>open the app and exit as soon as the interview list is painted</source>
        <translation>de app openen en stoppen zodra de interviewlijst getekend is</translation>
    </message>
    <message>
        <source>open the app at this interview</source>
        <translation>de app openen bij dit interview</translation>
    </message>
    <message>
        <source>render the main screens to PNG (offscreen)</source>
        <translation>de hoofdschermen als PNG tekenen (zonder scherm)</translation>
    </message>
    <message>
        <source>text size in percent</source>
        <translation>tekstgrootte in procenten</translation>
    </message>
    <message>
        <source>a screen of this size (e.g. 1366x768, less 40 px for a taskbar): windows fit it, and outside.txt lists what does not</source>
        <translation>een scherm van deze maat (bijv. 1366x768, min 40 px voor een taakbalk): vensters passen erin, en outside.txt noemt wat er niet in past</translation>
    </message>
    <message>
        <source>consent records and their documents</source>
        <translation>toestemmingen en hun documenten</translation>
    </message>
    <message>
        <source>one line per participant: their consent</source>
        <translation>één regel per deelnemer: de toestemming</translation>
    </message>
    <message>
        <source>the DOCX (and PDF) of every consent record</source>
        <translation>de DOCX (en PDF) van elke toestemming</translation>
    </message>
    <message>
        <source>also a PDF copy (needs LibreOffice)</source>
        <translation>ook een PDF-kopie (daarvoor is LibreOffice nodig)</translation>
    </message>
    <message>
        <source>record consent a participant gave on a paper form</source>
        <translation>toestemming vastleggen die een deelnemer op een papieren formulier gaf</translation>
    </message>
    <message>
        <source>the date on the signed form</source>
        <translation>de datum op het ondertekende formulier</translation>
    </message>
    <message>
        <source>the team member who took the consent</source>
        <translation>het teamlid dat de toestemming vroeg</translation>
    </message>
    <message>
        <source>the choices answered yes (audio, quotes, archive, contact, group)</source>
        <translation>de keuzes met ja beantwoord (audio, quotes, archive, contact, group)</translation>
    </message>
    <message>
        <source>the choices answered no</source>
        <translation>de keuzes met nee beantwoord</translation>
    </message>
    <message>
        <source>the language of the paper form (default nl)</source>
        <translation>de taal van het papieren formulier (standaard nl)</translation>
    </message>
    <message>
        <source>a photo or scan of the signed form (JPEG, PNG or PDF)</source>
        <translation>een foto of scan van het ondertekende formulier (JPEG, PNG of PDF)</translation>
    </message>
    <message>
        <source>what is past the project&apos;s retention date</source>
        <translation>wat over de bewaardatum van het project heen is</translation>
    </message>
    <message>
        <source>erase the raw recordings (and notes without archiving consent)</source>
        <translation>de oorspronkelijke opnamen wissen (en aantekeningen zonder toestemming voor archivering)</translation>
    </message>
    <message>
        <source>a participant withdraws: erase or stop use</source>
        <translation>een deelnemer trekt zich terug: wissen of gebruik stoppen</translation>
    </message>
    <message>
        <source>erase everything of them</source>
        <translation>alles van deze persoon wissen</translation>
    </message>
    <message>
        <source>keep, but never use again</source>
        <translation>bewaren, maar nooit meer gebruiken</translation>
    </message>
    <message>
        <source>who records the withdrawal</source>
        <translation>wie de terugtrekking vastlegt</translation>
    </message>
    <message>
        <source>(coordinator) bundles from the team&apos;s laptops</source>
        <translation>(coördinator) bundels van de laptops van het team</translation>
    </message>
    <message>
        <source>merge bundle files (or the bundles in folders) into this project; without PATH, try again what waits</source>
        <translation>bundelbestanden (of de bundels in mappen) in dit project samenvoegen; zonder PATH opnieuw proberen wat wacht</translation>
    </message>
    <message>
        <source>the coordinator&apos;s key file (passphrase asked, or VELDWERK_PASSPHRASE)</source>
        <translation>het sleutelbestand van de coördinator (wachtzin gevraagd, of VELDWERK_PASSPHRASE)</translation>
    </message>
    <message>
        <source>also fetch the new bundles from the project&apos;s folder or WebDAV share</source>
        <translation>ook de nieuwe bundels ophalen uit de map of de WebDAV-map van het project</translation>
    </message>
    <message>
        <source>fetch, import and answer from the share every few minutes</source>
        <translation>om de paar minuten ophalen, inlezen en antwoorden via de gedeelde map</translation>
    </message>
    <message>
        <source>stop after this many (0: never)</source>
        <translation>stoppen na zoveel keer (0: nooit)</translation>
    </message>
    <message>
        <source>try the kept bundles again now (a full disk, a newer Veldwerk, a laptop let in since); every import does this by itself</source>
        <translation>de bewaarde bundels nu opnieuw proberen (een volle schijf, een nieuwere Veldwerk, een laptop die inmiddels is toegelaten); elke import doet dit vanzelf</translation>
    </message>
    <message>
        <source>every bundle that came in, and what became of it</source>
        <translation>elke bundel die binnenkwam, en wat ermee gebeurde</translation>
    </message>
    <message>
        <source>(coordinator) the laptops that send bundles</source>
        <translation>(coördinator) de laptops die bundels sturen</translation>
    </message>
    <message>
        <source>laptops, their member, key fingerprint and state</source>
        <translation>laptops, hun teamlid, vingerafdruk van de sleutel en stand</translation>
    </message>
    <message>
        <source>let this laptop&apos;s bundles in (those waiting go in now)</source>
        <translation>de bundels van deze laptop toelaten (wat wacht gaat er nu in)</translation>
    </message>
    <message>
        <source>refuse this laptop&apos;s bundles</source>
        <translation>de bundels van deze laptop weigeren</translation>
    </message>
    <message>
        <source>the device id (its start or end, as the list shows it) or the key fingerprint</source>
        <translation>het apparaat-id (het begin of eind ervan, zoals de lijst het toont) of de vingerafdruk van de sleutel</translation>
    </message>
    <message>
        <source>move this laptop past its bundle refused for good, so its later bundles go in (the changes in it are lost here)</source>
        <translation>deze laptop voorbij zijn voorgoed geweigerde bundel zetten, zodat zijn latere bundels binnenkomen (de wijzigingen erin gaan hier verloren)</translation>
    </message>
    <message>
        <source>yes, skip those changes</source>
        <translation>ja, sla die wijzigingen over</translation>
    </message>
    <message>
        <source>the conflict&apos;s id (its start or end, as the list shows it)</source>
        <translation>het id van het conflict (het begin of eind ervan, zoals de lijst het toont)</translation>
    </message>
    <message>
        <source>the key file, to send the laptops the resolution at once</source>
        <translation>het sleutelbestand, om de laptops de oplossing meteen te sturen</translation>
    </message>
    <message>
        <source>the key file, to import the waiting bundles at once</source>
        <translation>het sleutelbestand, om de wachtende bundels meteen in te lezen</translation>
    </message>
    <message>
        <source>(coordinator) records changed two ways</source>
        <translation>(coördinator) gegevens die op twee manieren zijn gewijzigd</translation>
    </message>
    <message>
        <source>the open conflicts, both versions side by side</source>
        <translation>de open conflicten, beide versies naast elkaar</translation>
    </message>
    <message>
        <source>also the resolved ones</source>
        <translation>ook de opgeloste</translation>
    </message>
    <message>
        <source>end a conflict</source>
        <translation>een conflict oplossen</translation>
    </message>
    <message>
        <source>ours: the version here stays; theirs: the other version</source>
        <translation>ours: de versie hier blijft; theirs: de andere versie</translation>
    </message>
    <message>
        <source>a merged text for the disputed text (&apos;-&apos;: standard input)</source>
        <translation>een samengevoegde tekst voor de betwiste tekst (&apos;-&apos;: standaardinvoer)</translation>
    </message>
    <message>
        <source>a new code for a participant whose code was used twice</source>
        <translation>een nieuwe code voor een deelnemer van wie de code twee keer gebruikt is</translation>
    </message>
    <message>
        <source>confirm an erasure without being asked</source>
        <translation>een wissing bevestigen zonder dat ernaar gevraagd wordt</translation>
    </message>
    <message>
        <source>(coordinator) interviews by neighbourhood, phase, kind, interviewer and status; hours recorded; consent; laptops</source>
        <translation>(coördinator) interviews per buurt, fase, soort, interviewer en status; opgenomen tijd; toestemming; laptops</translation>
    </message>
    <message>
        <source>also draw the charts as PNG files into this folder</source>
        <translation>ook de grafieken als PNG-bestanden in deze map tekenen</translation>
    </message>
    <message>
        <source>the project for analysis (CSV tables, a spreadsheet, Word, REFI-QDA) or for the archive, honouring every participant&apos;s consent</source>
        <translation>het project voor analyse (CSV-tabellen, een spreadsheet, Word, REFI-QDA) of voor het archief, volgens de toestemming van elke deelnemer</translation>
    </message>
    <message>
        <source>tidy CSV tables (UTF-8 with BOM): interviews, participants, notes, markers, questionnaire answers, consent; and what was left out</source>
        <translation>nette CSV-tabellen (UTF-8 met BOM): interviews, deelnemers, aantekeningen, markeringen, antwoorden op vragenlijsten, toestemming; en wat is weggelaten</translation>
    </message>
    <message>
        <source>one JSON object per file</source>
        <translation>één JSON-object per bestand</translation>
    </message>
    <message>
        <source>the same tables as one spreadsheet (.xlsx) for Excel or Calc, a sheet per table, every cell typed: codes and text stay text</source>
        <translation>dezelfde tabellen als één spreadsheet (.xlsx) voor Excel of Calc, een blad per tabel, elke cel van zijn soort: codes en tekst blijven tekst</translation>
    </message>
    <message>
        <source>one JSON object: the file, each sheet&apos;s rows</source>
        <translation>één JSON-object: het bestand, de rijen van elk blad</translation>
    </message>
    <message>
        <source>a Word document per interview (into a folder)</source>
        <translation>een Word-document per interview (in een map)</translation>
    </message>
    <message>
        <source>only this interview (again for more)</source>
        <translation>alleen dit interview (herhaal voor meer)</translation>
    </message>
    <message>
        <source>the project report in Word: figures, charts, every interview</source>
        <translation>het projectverslag in Word: cijfers, grafieken, elk interview</translation>
    </message>
    <message>
        <source>the report&apos;s file; its suffix chooses the format (.docx)</source>
        <translation>het bestand van het verslag; de extensie kiest het formaat (.docx)</translation>
    </message>
    <message>
        <source>the archive package (BagIt in a zip, a deposit DANS takes) of what everyone agreed to archive, with a README; the deposit&apos;s metadata is asked once and kept with the project</source>
        <translation>het archiefpakket (BagIt in een zip, een deposit dat DANS aanneemt) van wat iedereen goedvond om te archiveren, met een README; de metadata van het deposit wordt één keer gevraagd en bij het project bewaard</translation>
    </message>
    <message>
        <source>(coordinator) dans (the DANS Licence), cc0, cc-by, cc-by-sa, cc-by-nc, cc-by-nc-sa, cc-by-nd, cc-by-nc-nd, or the licence&apos;s URI</source>
        <translation>(coördinator) dans (de DANS-licentie), cc0, cc-by, cc-by-sa, cc-by-nc, cc-by-nc-sa, cc-by-nd, cc-by-nc-nd, of de URI van de licentie</translation>
    </message>
    <message>
        <source>(coordinator) who holds the rights: the project&apos;s organisation</source>
        <translation>(coördinator) wie de rechten heeft: de organisatie van het project</translation>
    </message>
    <message>
        <source>(coordinator) the NARCIS discipline code (D60000: social sciences, the default; D61000 sociology, D62000 social geography, D63000 cultural anthropology, D65000 urban and rural planning, …)</source>
        <translation>(coördinator) de NARCIS-code van de discipline (D60000: sociale wetenschappen, de standaard; D61000 sociologie, D62000 sociale geografie, D63000 culturele antropologie, D65000 planologie, …)</translation>
    </message>
    <message>
        <source>(coordinator) REQUEST_PERMISSION (the rights holder decides who may download), OPEN_ACCESS or NO_ACCESS</source>
        <translation>(coördinator) REQUEST_PERMISSION (de rechthebbende beslist wie mag downloaden), OPEN_ACCESS of NO_ACCESS</translation>
    </message>
    <message>
        <source>(coordinator) whom DANS and users contact about the data</source>
        <translation>(coördinator) met wie DANS en gebruikers contact opnemen over de gegevens</translation>
    </message>
    <message>
        <source>a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo, QDA Miner and QualCoder, with what was left out beside it</source>
        <translation>een REFI-QDA-project (.qdpx) voor ATLAS.ti, MAXQDA, NVivo, QDA Miner en QualCoder, met ernaast wat is weggelaten</translation>
    </message>
    <message>
        <source>recordings as their Opus copies (fast) or converted to MP3, which ATLAS.ti, MAXQDA and NVivo open</source>
        <translation>opnamen als hun Opus-kopieën (snel) of omgezet naar MP3, dat ATLAS.ti, MAXQDA en NVivo openen</translation>
    </message>
    <message>
        <source>search notes, interviews, moments and participants&apos; notes (every word, as a prefix; case and accents do not matter)</source>
        <translation>zoeken in aantekeningen, interviews, momenten en aantekeningen over deelnemers (elk woord, als begin; hoofdletters en accenten tellen niet)</translation>
    </message>
    <message>
        <source>the words to find</source>
        <translation>de woorden om te zoeken</translation>
    </message>
    <message>
        <source>one JSON object per hit</source>
        <translation>één JSON-object per treffer</translation>
    </message>
    <message>
        <source>(coordinator) where each laptop&apos;s bundles come from and where its answers go</source>
        <translation>(coördinator) waar de bundels van elke laptop vandaan komen en waar de antwoorden heen gaan</translation>
    </message>
    <message>
        <source>per laptop: member, where it delivers, where its answers go; and the shares with your login</source>
        <translation>per laptop: teamlid, waar die aflevert, waar de antwoorden heen gaan; en de gedeelde mappen met uw login</translation>
    </message>
    <message>
        <source>your own login name for a share the laptops deliver to (the password: the keyring, or VELDWERK_WEBDAV_PASSWORD)</source>
        <translation>uw eigen loginnaam voor een gedeelde map waar de laptops afleveren (het wachtwoord: de sleutelhanger, of VELDWERK_WEBDAV_PASSWORD)</translation>
    </message>
    <message>
        <source>the share&apos;s address, as in the project files</source>
        <translation>het adres van de gedeelde map, zoals in de projectbestanden</translation>
    </message>
    <message>
        <source>your login name on the share</source>
        <translation>uw loginnaam voor de gedeelde map</translation>
    </message>
    <message>
        <source>the folder on this computer a stick laptop&apos;s answers go to (where the stick is mounted here)</source>
        <translation>de map op deze computer waar de antwoorden voor een stick-laptop heen gaan (waar de stick hier staat)</translation>
    </message>
    <message>
        <source>the member&apos;s name, the laptop&apos;s name, or the device id (or its start or end)</source>
        <translation>de naam van het teamlid of van de laptop, of het apparaat-id (of het begin of eind ervan)</translation>
    </message>
    <message>
        <source>the deposit&apos;s metadata</source>
        <translation>de metadata van het deposit</translation>
    </message>
    <message>
        <source>transcribe a recording offline with a speech model (Ctrl+C stops; the same command goes on later)</source>
        <translation>een opname offline uitschrijven met een spraakmodel (Ctrl+C stopt; dezelfde opdracht gaat later verder)</translation>
    </message>
    <message>
        <source>a model&apos;s folder, or a name (small, medium, large-v3-turbo, tiny.en, …) downloaded once when it is not on this computer; default: the first model found that knows the language</source>
        <translation>de map van een model, of een naam (small, medium, large-v3-turbo, tiny.en, …) die eenmalig wordt gedownload als hij niet op deze computer staat; standaard: het eerste gevonden model dat de taal kent</translation>
    </message>
    <message>
        <source>the language spoken (nl, en, …); default: the project&apos;s</source>
        <translation>de gesproken taal (nl, en, …); standaard: die van het project</translation>
    </message>
    <message>
        <source>transcripts</source>
        <translation>transcripten</translation>
    </message>
    <message>
        <source>a recording&apos;s transcript: its segments with times and speakers</source>
        <translation>het transcript van een opname: de stukken met tijden en sprekers</translation>
    </message>
    <message>
        <source>read a transcript made elsewhere onto a recording: SRT, WebVTT, or text whose lines start with a time ([hh:]mm:ss, as noScribe and aTrain write it)</source>
        <translation>een elders gemaakt transcript bij een opname inlezen: SRT, WebVTT, of tekst waarvan de regels met een tijd beginnen ([uu:]mm:ss, zoals noScribe en aTrain die schrijven)</translation>
    </message>
    <message>
        <source>replace the recording&apos;s transcript, with every correction made to it</source>
        <translation>het transcript van de opname vervangen, met elke verbetering die erin gemaakt is</translation>
    </message>
    <message>
        <source>&apos;veldwerk recordings&apos; lists them with their ids.</source>
        <translation>&apos;veldwerk recordings&apos; toont ze met hun id&apos;s.</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This note was changed elsewhere while you typed; nothing was overwritten. Above is your text, below the other one. Which do you keep?</source>
        <translation>Deze aantekening is ergens anders veranderd terwijl u typte; er is niets overschreven. Boven staat uw tekst, hieronder de andere. Welke houdt u?</translation>
    </message>
    <message>
        <source>The other text</source>
        <translation>De andere tekst</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mijn tekst houden</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Mijn tekst houden</translation>
    </message>
    <message>
        <source>Take the &amp;other</source>
        <translation>De &amp;andere nemen</translation>
    </message>
    <message>
        <source>Take the other text</source>
        <translation>De andere tekst nemen</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide houden</translation>
    </message>
    <message>
        <source>Keep both texts</source>
        <translation>Beide teksten houden</translation>
    </message>
    <message>
        <source>The other text first, then yours</source>
        <translation>Eerst de andere tekst, dan de uwe</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>This version</source>
        <translation>Deze versie</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>De andere versie</translation>
    </message>
    <message>
        <source>Keep &amp;this version</source>
        <translation>&amp;Deze versie houden</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Deze versie houden</translation>
    </message>
    <message>
        <source>Take the ot&amp;her version</source>
        <translation>De andere versie &amp;nemen</translation>
    </message>
    <message>
        <source>Take the other version</source>
        <translation>De andere versie nemen</translation>
    </message>
    <message>
        <source>Or &amp;write the two together:</source>
        <translation>Of schrijf de twee s&amp;amen:</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Samengevoegde tekst</translation>
    </message>
    <message>
        <source>Save the &amp;merged text</source>
        <translation>Samengevoegde tekst be&amp;waren</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Samengevoegde tekst bewaren</translation>
    </message>
    <message>
        <source>New &amp;code:</source>
        <translation>Nieuwe &amp;code:</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nieuwe code</translation>
    </message>
    <message>
        <source>Give the new code</source>
        <translation>Nieuwe code geven</translation>
    </message>
    <message>
        <source>The laptop hears of it; the printed form keeps the old</source>
        <translation>De laptop hoort het; het geprinte formulier houdt de oude</translation>
    </message>
    <message>
        <source>No conflicts: every change fitted.</source>
        <translation>Geen conflicten: elke wijziging paste.</translation>
    </message>
    <message>
        <source>This version — {who}</source>
        <translation>Deze versie — {who}</translation>
    </message>
    <message>
        <source>The other version — {who}</source>
        <translation>De andere versie — {who}</translation>
    </message>
    <message>
        <source>{laptop} changed a record that is not its own; nothing changed until you decide. Differs: {fields}.</source>
        <translation>{laptop} wijzigde een gegeven dat niet van die laptop is; er verandert niets tot u beslist. Verschilt: {fields}.</translation>
    </message>
    <message>
        <source>Differs: {fields}. Struck through: only in this version; underlined: only in the other.</source>
        <translation>Verschilt: {fields}. Doorgestreept: alleen in deze versie; onderstreept: alleen in de andere.</translation>
    </message>
    <message>
        <source>The participant gets the code {code}.</source>
        <translation>De deelnemer krijgt de code {code}.</translation>
    </message>
    <message>
        <source>The merged text stays: «{text}»</source>
        <translation>De samengevoegde tekst blijft: «{text}»</translation>
    </message>
    <message>
        <source>The version of {who} stays. {fields}</source>
        <translation>De versie van {who} blijft. {fields}</translation>
    </message>
    <message>
        <source>{kept}

The laptops that hold «{what}» get this version. End this conflict?</source>
        <translation>{kept}

De laptops die «{what}» hebben, krijgen deze versie. Dit conflict beëindigen?</translation>
    </message>
    <message>
        <source>The transcript of {who} stays; the other goes, with its segments, here and from the computer that made it. Go on?</source>
        <translation>Het transcript van {who} blijft; het andere verdwijnt, met al zijn stukken, hier en van de computer die het maakte. Doorgaan?</translation>
    </message>
    <message>
        <source>«{what}» is erased here and on every laptop. This cannot be undone. Go on?</source>
        <translation>«{what}» wordt hier en op elke laptop gewist. Dat kan niet ongedaan worden gemaakt. Doorgaan?</translation>
    </message>
    <message>
        <source>«{what}» is removed here. Go on?</source>
        <translation>«{what}» wordt hier verwijderd. Doorgaan?</translation>
    </message>
    <message>
        <source>«{what}» stays; the laptop hears that you refused. Go on?</source>
        <translation>«{what}» blijft; de laptop hoort dat u het hebt geweigerd. Doorgaan?</translation>
    </message>
    <message>
        <source>End the conflict</source>
        <translation>Conflict beëindigen</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>The laptops erase this person too once answers go out with your keys: the next inbox import, inbox retry or the Inbox&apos;s round.</source>
        <translation>De laptops wissen deze persoon ook zodra er antwoorden met uw sleutels uitgaan: bij de volgende inbox import, inbox retry of ronde van de Inbox.</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Nog geen deelnemers.</translation>
    </message>
    <message>
        <source>withdrawn (erased)</source>
        <translation>teruggetrokken (gewist)</translation>
    </message>
    <message>
        <source>withdrawn (no further use)</source>
        <translation>teruggetrokken (niet verder gebruiken)</translation>
    </message>
    <message>
        <source>no consent yet</source>
        <translation>nog geen toestemming</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>op papier</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>getekend</translation>
    </message>
    <message>
        <source>{method} {date}, form version {version}: agreed to {agreed}</source>
        <translation>{method} {date}, formulierversie {version}: akkoord met {agreed}</translation>
    </message>
    <message>
        <source>There is no team member called {name}.</source>
        <translation>Er is geen teamlid met de naam {name}.</translation>
    </message>
    <message>
        <source>Team: {names}.</source>
        <translation>Team: {names}.</translation>
    </message>
    <message>
        <source>Answer every choice on the form with --agree or --refuse: {keys}.</source>
        <translation>Beantwoord elke keuze op het formulier met --agree of --refuse: {keys}.</translation>
    </message>
    <message>
        <source>the consent</source>
        <translation>de toestemming</translation>
    </message>
    <message>
        <source>No retention date is set (project settings).</source>
        <translation>Er is geen bewaartermijn ingesteld (projectinstellingen).</translation>
    </message>
    <message>
        <source>Nothing is due: data may be kept until {date}.</source>
        <translation>Er hoeft nog niets gewist te worden: gegevens mogen worden bewaard tot {date}.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Te wissen</translation>
    </message>
    <message>
        <source>{verb} (kept until {date}): {recordings}, {size}; notes of {interviews} without consent to archiving.</source>
        <translation>{verb} (bewaard tot {date}): {recordings}, {size}; aantekeningen van {interviews} zonder toestemming voor archivering.</translation>
    </message>
    <message>
        <source>the consent document</source>
        <translation>het toestemmingsformulier</translation>
    </message>
    <message>
        <source>Note: {codes} withdrew (stop use); their forms are exported as proof of consent only.</source>
        <translation>Let op: {codes} trok zich terug (niet meer gebruiken); hun formulieren zijn alleen als bewijs van toestemming geëxporteerd.</translation>
    </message>
    <message>
        <source>There is no consent record {id}.</source>
        <translation>Er is geen toestemming {id}.</translation>
    </message>
    <message>
        <source>The signature or scan of {code} is missing from the project folder ({name}).</source>
        <translation>De handtekening of scan van {code} ontbreekt in de projectmap ({name}).</translation>
    </message>
    <message>
        <source>Run &apos;veldwerk audio check&apos; and restore the folder from a backup, or take the consent again.</source>
        <translation>Voer &apos;veldwerk audio check&apos; uit en zet de map terug uit een reservekopie, of vraag de toestemming opnieuw.</translation>
    </message>
    <message>
        <source>The consent form {id} no longer exists.</source>
        <translation>Het toestemmingsformulier {id} bestaat niet meer.</translation>
    </message>
    <message>
        <source>The consent form {title} (version {version}) was changed outside Veldwerk and cannot be used. Ask your coordinator for a new version.</source>
        <translation>Het toestemmingsformulier {title} (versie {version}) is buiten Veldwerk veranderd en kan niet worden gebruikt. Vraag uw coördinator om een nieuwe versie.</translation>
    </message>
    <message>
        <source>Answer yes or no to: {label}</source>
        <translation>Kies ja of nee bij: {label}</translation>
    </message>
    <message>
        <source>The signature is still empty. Ask the participant to sign.</source>
        <translation>De handtekening is nog leeg. Vraag de deelnemer om te tekenen.</translation>
    </message>
    <message>
        <source>Record the participant saying yes (at least one second).</source>
        <translation>Neem op dat de deelnemer ja zegt (minstens één seconde).</translation>
    </message>
    <message>
        <source>Choose a signature or spoken consent.</source>
        <translation>Kies een handtekening of mondelinge toestemming.</translation>
    </message>
    <message>
        <source>Give the date on the signed paper form.</source>
        <translation>Vul de datum in die op het getekende papieren formulier staat.</translation>
    </message>
    <message>
        <source>The date on the paper form cannot be in the future.</source>
        <translation>De datum op het papieren formulier kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Say who took the consent on paper.</source>
        <translation>Geef aan wie de toestemming op papier heeft afgenomen.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>{name} is larger than 25 MB; scan or photograph the form at a lower resolution.</source>
        <translation>{name} is groter dan 25 MB; scan of fotografeer het formulier met een lagere resolutie.</translation>
    </message>
    <message>
        <source>{name} is not a photo or scan Veldwerk can keep: use JPEG, PNG or PDF.</source>
        <translation>{name} is geen foto of scan die Veldwerk kan bewaren: gebruik JPEG, PNG of pdf.</translation>
    </message>
    <message>
        <source>There is no participant {id}.</source>
        <translation>Er is geen deelnemer {id}.</translation>
    </message>
    <message>
        <source>Add who is interviewed first: recording needs their consent.</source>
        <translation>Voeg eerst toe wie er geïnterviewd wordt: voor een opname is hun toestemming nodig.</translation>
    </message>
    <message>
        <source>No consent yet from {codes}.</source>
        <translation>Nog geen toestemming van {codes}.</translation>
    </message>
    <message>
        <source>{codes} did not agree to a recording.</source>
        <translation>{codes} gaf geen toestemming voor een opname.</translation>
    </message>
    <message>
        <source>{codes} withdrew from the research.</source>
        <translation>{codes} heeft zich teruggetrokken uit het onderzoek.</translation>
    </message>
    <message>
        <source>Recording is not possible yet. {reason}</source>
        <translation>Opnemen kan nog niet. {reason}</translation>
    </message>
    <message>
        <source>who is responsible (controller)</source>
        <translation>wie verantwoordelijk is (verwerkingsverantwoordelijke)</translation>
    </message>
    <message>
        <source>the data protection officer</source>
        <translation>de functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>the purpose of the research</source>
        <translation>het doel van het onderzoek</translation>
    </message>
    <message>
        <source>what is recorded</source>
        <translation>wat er wordt vastgelegd</translation>
    </message>
    <message>
        <source>who sees the data</source>
        <translation>wie de gegevens ziet</translation>
    </message>
    <message>
        <source>how long data are kept</source>
        <translation>hoe lang gegevens worden bewaard</translation>
    </message>
    <message>
        <source>the participant&apos;s rights</source>
        <translation>de rechten van de deelnemer</translation>
    </message>
    <message>
        <source>how to withdraw</source>
        <translation>hoe je je kunt terugtrekken</translation>
    </message>
    <message>
        <source>audio recording</source>
        <translation>geluidsopname</translation>
    </message>
    <message>
        <source>anonymised quotes</source>
        <translation>citaten zonder naam</translation>
    </message>
    <message>
        <source>archiving for reuse</source>
        <translation>archiveren voor hergebruik</translation>
    </message>
    <message>
        <source>being contacted again</source>
        <translation>opnieuw benaderd worden</translation>
    </message>
    <message>
        <source>recorded together in a group</source>
        <translation>samen in een groep opgenomen worden</translation>
    </message>
    <message>
        <source>A consent form is in Dutch (nl) or English (en).</source>
        <translation>Een toestemmingsformulier is in het Nederlands (nl) of het Engels (en).</translation>
    </message>
    <message>
        <source>The consent form needs a title.</source>
        <translation>Het toestemmingsformulier heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The consent form does not yet say: {missing}.</source>
        <translation>Het toestemmingsformulier vermeldt nog niet: {missing}.</translation>
    </message>
    <message>
        <source>Set the date until which data are kept (project settings).</source>
        <translation>Stel in tot wanneer gegevens worden bewaard (projectinstellingen).</translation>
    </message>
    <message>
        <source>The consent form must ask whether the conversation may be recorded.</source>
        <translation>Het toestemmingsformulier moet vragen of het gesprek mag worden opgenomen.</translation>
    </message>
    <message>
        <source>Each choice on the consent form may appear only once.</source>
        <translation>Elke keuze mag maar één keer op het toestemmingsformulier staan.</translation>
    </message>
    <message>
        <source>This project has no consent form yet. Ask your coordinator to add one; it reaches this laptop with the next sync.</source>
        <translation>Dit project heeft nog geen toestemmingsformulier. Vraag uw coördinator er een toe te voegen; het komt bij de volgende synchronisatie vanzelf op deze laptop.</translation>
    </message>
    <message>
        <source>This project has no consent form yet. Set the date until which data are kept under Project › Project settings; the project then gets the plain-language form.</source>
        <translation>Dit project heeft nog geen toestemmingsformulier. Kies onder Project › Projectinstellingen tot wanneer de gegevens bewaard blijven; het project krijgt dan het formulier in eenvoudige taal.</translation>
    </message>
    <message>
        <source>There is no project {id}.</source>
        <translation>Er is geen project {id}.</translation>
    </message>
    <message>
        <source>{code} was erased earlier: nothing of them is left to stop using. Nothing was changed.</source>
        <translation>{code} is eerder al gewist: er is niets meer van over om het gebruik van te stoppen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>{code} had already withdrawn this way; nothing was changed.</source>
        <translation>{code} had zich al zo teruggetrokken; er is niets veranderd.</translation>
    </message>
    <message>
        <source>{code}: data are kept but no longer used in any report or export.</source>
        <translation>{code}: de gegevens blijven bewaard, maar worden in geen enkel verslag of export meer gebruikt.</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>interviews</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>aantekeningen</translation>
    </message>
    <message>
        <source>recordings</source>
        <translation>opnamen</translation>
    </message>
    <message>
        <source>markers</source>
        <translation>markeringen</translation>
    </message>
    <message>
        <source>consent records</source>
        <translation>toestemmingen</translation>
    </message>
    <message>
        <source>signatures and spoken consents</source>
        <translation>handtekeningen en mondelinge toestemmingen</translation>
    </message>
    <message>
        <source>identifying details</source>
        <translation>persoonsgegevens</translation>
    </message>
    <message>
        <source>links to interviews</source>
        <translation>koppelingen aan interviews</translation>
    </message>
    <message>
        <source>transcripts</source>
        <translation>transcripten</translation>
    </message>
    <message>
        <source>transcript segments</source>
        <translation>stukken van transcripten</translation>
    </message>
    <message>
        <source>Erased for {code}:</source>
        <translation>Gewist voor {code}:</translation>
    </message>
    <message>
        <source>  files overwritten and removed: {n}</source>
        <translation>  bestanden overschreven en verwijderd: {n}</translation>
    </message>
    <message>
        <source>  older backups replaced: {n}</source>
        <translation>  oudere reservekopieën vervangen: {n}</translation>
    </message>
    <message>
        <source>Kept: the group conversation {title} (others took part); {code} is removed from it and what they said is not used.</source>
        <translation>Bewaard: het groepsgesprek {title} (anderen deden mee); {code} is eruit gehaald en wat die zei wordt niet gebruikt.</translation>
    </message>
    <message>
        <source>Give the participant code.</source>
        <translation>Geef de deelnemerscode.</translation>
    </message>
    <message>
        <source>Give a reason (for example: the participant asked by phone).</source>
        <translation>Geef een reden (bijvoorbeeld: de deelnemer vroeg het telefonisch).</translation>
    </message>
    <message>
        <source>There is no participant with code {code} in this project.</source>
        <translation>Er is geen deelnemer met code {code} in dit project.</translation>
    </message>
    <message>
        <source>Check the code on the consent form.</source>
        <translation>Controleer de code op het toestemmingsformulier.</translation>
    </message>
    <message>
        <source>the withdrawal</source>
        <translation>de terugtrekking</translation>
    </message>
    <message>
        <source>This project has no retention date; set it in the project settings.</source>
        <translation>Dit project heeft geen bewaartermijn; stel die in bij de projectinstellingen.</translation>
    </message>
    <message>
        <source>the erasure</source>
        <translation>het wissen</translation>
    </message>
    <message>
        <source>Someone who withdrew may not be recorded; record the others in an interview of their own.</source>
        <translation>Wie zich heeft teruggetrokken, mag niet worden opgenomen; neem de anderen op in een eigen interview.</translation>
    </message>
    <message>
        <source>Take their consent first (Take consent… in the interview, or veldwerk consent paper for a signed paper form), then record.</source>
        <translation>Vraag eerst hun toestemming (Toestemming vragen… in het interview, of veldwerk consent paper voor een getekend papieren formulier), en neem dan op.</translation>
    </message>
    <message>
        <source>Spoken consent is limited to two minutes; stop the recording.</source>
        <translation>Mondelinge toestemming duurt hooguit twee minuten; stop de opname.</translation>
    </message>
    <message>
        <source>{code} withdrew from the research.</source>
        <translation>{code} heeft zich teruggetrokken uit het onderzoek.</translation>
    </message>
    <message>
        <source>{code} has not given consent yet.</source>
        <translation>{code} heeft nog geen toestemming gegeven.</translation>
    </message>
    <message>
        <source>{code} did not agree to {scope}.</source>
        <translation>{code} heeft geen toestemming gegeven voor {scope}.</translation>
    </message>
    <message>
        <source>{code}: past the retention date ({date}) and not agreed to archiving.</source>
        <translation>{code}: de bewaartermijn ({date}) is voorbij en er is geen toestemming voor archiveren.</translation>
    </message>
    <message>
        <source>Withdrew from the research.</source>
        <translation>Teruggetrokken uit het onderzoek.</translation>
    </message>
    <message>
        <source>No consent given yet.</source>
        <translation>Nog geen toestemming gegeven.</translation>
    </message>
    <message>
        <source>Did not agree to {scope}.</source>
        <translation>Geen toestemming voor {scope}.</translation>
    </message>
    <message>
        <source>Past the retention date and not agreed to archiving.</source>
        <translation>De bewaartermijn is voorbij en er is geen toestemming voor archiveren.</translation>
    </message>
    <message>
        <source>Someone in this conversation withdrew and was erased: it is kept for the others, not used.</source>
        <translation>Iemand in dit gesprek trok zich terug en is gewist: het blijft bewaard voor de anderen, maar wordt niet gebruikt.</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>citaten</translation>
    </message>
    <message>
        <source>archiving</source>
        <translation>archiveren</translation>
    </message>
    <message>
        <source>being recorded with others</source>
        <translation>opgenomen worden samen met anderen</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent of {code}</source>
        <translation>Toestemming van {code}</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Taal van het formulier</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Handtekening wissen</translation>
    </message>
    <message>
        <source>Wipe the signature to sign again</source>
        <translation>Wis de handtekening om opnieuw te tekenen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Consent by signature</source>
        <translation>Toestemming met handtekening</translation>
    </message>
    <message>
        <source>Spoken consent</source>
        <translation>Mondelinge toestemming</translation>
    </message>
    <message>
        <source>Record the participant saying yes, for example when writing is difficult</source>
        <translation>Neem op dat de deelnemer ja zegt, bijvoorbeeld als schrijven moeilijk is</translation>
    </message>
    <message>
        <source>● Record spoken consent</source>
        <translation>● Mondelinge toestemming opnemen</translation>
    </message>
    <message>
        <source>Record spoken consent</source>
        <translation>Mondelinge toestemming opnemen</translation>
    </message>
    <message>
        <source>Ask: do you agree to take part, as we read out? Record the answer</source>
        <translation>Vraag: gaat u akkoord met meedoen, zoals we hebben voorgelezen? Neem het antwoord op</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Confirm consent</source>
        <translation>Toestemming bevestigen</translation>
    </message>
    <message>
        <source>The interviewer confirms that the participant agreed as shown</source>
        <translation>De interviewer bevestigt dat de deelnemer zo toestemming gaf</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Next: sign →</source>
        <translation>Verder: ondertekenen →</translation>
    </message>
    <message>
        <source>Next: sign</source>
        <translation>Verder: ondertekenen</translation>
    </message>
    <message>
        <source>After every choice is answered: sign or say yes</source>
        <translation>Als elke keuze is beantwoord: tekenen of ja zeggen</translation>
    </message>
    <message>
        <source>← Back to the form</source>
        <translation>← Terug naar het formulier</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
    <message>
        <source>Read the form again or change a choice</source>
        <translation>Het formulier nog eens lezen of een keuze veranderen</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>Interviewer:</translation>
    </message>
    <message>
        <source>How does the participant agree?</source>
        <translation>Hoe geeft de deelnemer toestemming?</translation>
    </message>
    <message>
        <source>✓ Yes</source>
        <translation>✓ Ja</translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation>✗ Nee</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Uw keuzes</translation>
    </message>
    <message>
        <source>Answer yes or no to: {label}</source>
        <translation>Beantwoord met ja of nee: {label}</translation>
    </message>
    <message>
        <source>Your choices:</source>
        <translation>Uw keuzes:</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or let the participant sign instead.</source>
        <translation>Er is geen microfoon gevonden. Sluit er een aan, of laat de deelnemer tekenen.</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <source>Recording… {seconds} s</source>
        <translation>Opname… {seconds} s</translation>
    </message>
    <message>
        <source>● Record again</source>
        <translation>● Opnieuw opnemen</translation>
    </message>
    <message>
        <source>Spoken consent recorded: {seconds} s</source>
        <translation>Mondelinge toestemming opgenomen: {seconds} s</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>{n} interview</source>
        <translation>{n} interview</translation>
    </message>
    <message>
        <source>{n} interviews</source>
        <translation>{n} interviews</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>{n} deelnemer</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} deelnemers</translation>
    </message>
    <message>
        <source>{n} recording</source>
        <translation>{n} opname</translation>
    </message>
    <message>
        <source>{n} recordings</source>
        <translation>{n} opnamen</translation>
    </message>
    <message>
        <source>{n} change</source>
        <translation>{n} wijziging</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} wijzigingen</translation>
    </message>
    <message>
        <source>{n} bundle</source>
        <translation>{n} bundel</translation>
    </message>
    <message>
        <source>{n} bundles</source>
        <translation>{n} bundels</translation>
    </message>
    <message>
        <source>{n} conflict</source>
        <translation>{n} conflict</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} conflicten</translation>
    </message>
    <message>
        <source>{n} open conflict</source>
        <translation>{n} open conflict</translation>
    </message>
    <message>
        <source>{n} open conflicts</source>
        <translation>{n} open conflicten</translation>
    </message>
    <message>
        <source>{n} file</source>
        <translation>{n} bestand</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} bestanden</translation>
    </message>
    <message>
        <source>{n} receipt</source>
        <translation>{n} ontvangstbewijs</translation>
    </message>
    <message>
        <source>{n} receipts</source>
        <translation>{n} ontvangstbewijzen</translation>
    </message>
    <message>
        <source>{n} updated record</source>
        <translation>{n} bijgewerkt gegeven</translation>
    </message>
    <message>
        <source>{n} updated records</source>
        <translation>{n} bijgewerkte gegevens</translation>
    </message>
    <message>
        <source>{n} record</source>
        <translation>{n} gegeven</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} gegevens</translation>
    </message>
    <message>
        <source>{n} person erased</source>
        <translation>{n} persoon gewist</translation>
    </message>
    <message>
        <source>{n} people erased</source>
        <translation>{n} personen gewist</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>De cijfers worden gelezen…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>&amp;Save charts…</source>
        <translation>&amp;Grafieken bewaren…</translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation>Grafieken bewaren</translation>
    </message>
    <message>
        <source>The figures as pictures (PNG), for a report or a slide</source>
        <translation>De cijfers als afbeeldingen (PNG), voor een rapport of een dia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Folder for the charts</source>
        <translation>Map voor de grafieken</translation>
    </message>
    <message>
        <source>{n} charts saved in {folder}.</source>
        <translation>{n} grafieken bewaard in {folder}.</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>De grafieken worden getekend…</translation>
    </message>
    <message>
        <source>{time} recorded in {takes}. Consent: {audio} with audio, {notes} notes only, {none} not yet; withdrawn: {stopped} stopped use, {erased} erased. Open conflicts: {conflicts}.</source>
        <translation>{time} opgenomen in {takes}. Toestemming: {audio} met opname, {notes} alleen aantekeningen, {none} nog niet; teruggetrokken: {stopped} gebruik gestopt, {erased} gewist. Open conflicten: {conflicts}.</translation>
    </message>
    <message>
        <source>By neighbourhood</source>
        <translation>Per buurt</translation>
    </message>
    <message>
        <source>By phase</source>
        <translation>Per fase</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Per soort</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>By interviewer</source>
        <translation>Per interviewer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} van {total}</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>wacht op u</translation>
    </message>
    <message>
        <source>let in</source>
        <translation>toegelaten</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundels</translation>
    </message>
    <message>
        <source>Changes applied</source>
        <translation>Wijzigingen verwerkt</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery</source>
        <translation>Aflevering</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Your work goes to the coordinator</source>
        <translation>Uw werk gaat naar de coördinator</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>U bent</translation>
    </message>
    <message>
        <source>Participant numbers</source>
        <translation>Deelnemersnummers</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} tot en met {high}</translation>
    </message>
    <message>
        <source>Coordinator&apos;s key</source>
        <translation>Sleutel van de coördinator</translation>
    </message>
    <message>
        <source>This laptop&apos;s key</source>
        <translation>Sleutel van deze laptop</translation>
    </message>
    <message>
        <source>Your coordinator compares it with what their Inbox shows before taking in this laptop&apos;s work</source>
        <translation>Uw coördinator vergelijkt hem met wat de Inbox laat zien, voordat het werk van deze laptop wordt overgenomen</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation>Naam van deze laptop</translation>
    </message>
    <message>
        <source>The coordinator sees it beside your name</source>
        <translation>De coördinator ziet die naast uw naam</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>Naam &amp;bewaren</translation>
    </message>
    <message>
        <source>Save the laptop&apos;s name</source>
        <translation>De naam van de laptop bewaren</translation>
    </message>
    <message>
        <source>This laptop&apos;s na&amp;me</source>
        <translation>Naam van deze &amp;laptop</translation>
    </message>
    <message>
        <source>Bundles go to</source>
        <translation>Bundels gaan naar</translation>
    </message>
    <message>
        <source>not chosen: use a USB stick</source>
        <translation>niet gekozen: gebruik een USB-stick</translation>
    </message>
    <message>
        <source>Password for the share</source>
        <translation>Wachtwoord voor de gedeelde map</translation>
    </message>
    <message>
        <source>The app password from the share&apos;s settings; kept in this computer&apos;s keyring</source>
        <translation>Het app-wachtwoord uit de instellingen van de gedeelde map; bewaard in de sleutelbos van deze computer</translation>
    </message>
    <message>
        <source>(kept in the keyring)</source>
        <translation>(bewaard in de sleutelbos)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>Wachtwoord &amp;bewaren</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Wachtwoord bewaren</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Uitgaande bundels</translation>
    </message>
    <message>
        <source>The bundles this laptop made, and how far each got</source>
        <translation>De bundels die deze laptop maakte, en hoe ver elk kwam</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Nothing sent yet. Your work goes to the coordinator by itself when the laptop is online; «Sync now» sends it at once.</source>
        <translation>Nog niets verstuurd. Uw werk gaat vanzelf naar de coördinator als de laptop internet heeft; «Nu versturen» verstuurt het meteen.</translation>
    </message>
    <message>
        <source>What the coordinator said about your changes</source>
        <translation>Wat de coördinator over uw wijzigingen zei</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Nu versturen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu versturen</translation>
    </message>
    <message>
        <source>Bundle what waits and deliver it now</source>
        <translation>Bundel wat wacht en lever het nu af</translation>
    </message>
    <message>
        <source>&amp;Copy bundles to a folder…</source>
        <translation>Bundels naar een map &amp;kopiëren…</translation>
    </message>
    <message>
        <source>Copy bundles to a folder</source>
        <translation>Bundels naar een map kopiëren</translation>
    </message>
    <message>
        <source>No network: take the bundles to the coordinator on a USB stick</source>
        <translation>Geen netwerk: breng de bundels op een USB-stick naar de coördinator</translation>
    </message>
    <message>
        <source>This laptop is called {name}; the coordinator sees it with the next bundle.</source>
        <translation>Deze laptop heet nu {name}; de coördinator ziet dat bij de volgende bundel.</translation>
    </message>
    <message>
        <source>(part {part} of {parts})</source>
        <translation>(deel {part} van {parts})</translation>
    </message>
    <message>
        <source>The share answers and takes the password.</source>
        <translation>De gedeelde map antwoordt en accepteert het wachtwoord.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>De verbinding wordt getest…</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Typ eerst het wachtwoord.</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>Het wachtwoord wordt bewaard in de sleutelbos van deze computer.</translation>
    </message>
    <message>
        <source>Delivering in the background; the status bar shows how it goes.</source>
        <translation>Er wordt op de achtergrond afgeleverd; de statusbalk laat zien hoe het gaat.</translation>
    </message>
    <message>
        <source>Copy bundles to</source>
        <translation>Bundels kopiëren naar</translation>
    </message>
    <message>
        <source>Bundles copied: {n}. Give the folder&apos;s bundles to the coordinator.</source>
        <translation>Bundels gekopieerd: {n}. Geef de bundels in de map aan de coördinator.</translation>
    </message>
    <message>
        <source>Copying bundles…</source>
        <translation>Bundels worden gekopieerd…</translation>
    </message>
    <message>
        <source>The team&apos;s laptops and their bundles</source>
        <translation>De laptops van het team en hun bundels</translation>
    </message>
    <message>
        <source>&amp;Keys and project files</source>
        <translation>&amp;Sleutels en projectbestanden</translation>
    </message>
    <message>
        <source>L&amp;aptops</source>
        <translation>L&amp;aptops</translation>
    </message>
    <message>
        <source>Your login on the s&amp;hares</source>
        <translation>Uw l&amp;ogin op de gedeelde mappen</translation>
    </message>
    <message>
        <source>1. Make your keys once (keep the passphrase and print the recovery sheet). 2. Choose a team member and where their laptop puts its bundles (members may use different places). 3. Make their project file and give it to them; they join the project with it.</source>
        <translation>1. Maak één keer uw sleutels (bewaar de wachtwoordzin en druk het herstelvel af). 2. Kies een teamlid en waar de laptop van dat teamlid de bundels neerzet (teamleden mogen verschillende plekken gebruiken). 3. Maak het projectbestand en geef het aan het teamlid; daarmee sluit die aan bij het project.</translation>
    </message>
    <message>
        <source>Their laptop delivers to</source>
        <translation>Hun laptop levert af bij</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>Waa&amp;r</translation>
    </message>
    <message>
        <source>Their &amp;login name</source>
        <translation>Hun &amp;loginnaam</translation>
    </message>
    <message>
        <source>3. Make the &amp;project file…</source>
        <translation>3. &amp;Projectbestand maken…</translation>
    </message>
    <message>
        <source>Keys made. The recovery sheet below holds both secret keys; no copy of it is on disk. Print it (or save it where you choose) and keep the page locked away.</source>
        <translation>Sleutels gemaakt. Het herstelblad hieronder bevat beide geheime sleutels; er staat geen kopie van op schijf. Druk het af (of bewaar het waar u kiest) en bewaar het blad achter slot.</translation>
    </message>
    <message>
        <source>1. &amp;Make keys…</source>
        <translation>1. Sleutels &amp;maken…</translation>
    </message>
    <message>
        <source>Changes of records that are not this laptop&apos;s — waiting for the coordinator: {waiting}, refused: {refused}.</source>
        <translation>Wijzigingen van gegevens die niet van deze laptop zijn — wachten op de coördinator: {waiting}, geweigerd: {refused}.</translation>
    </message>
    <message>
        <source>Make keys</source>
        <translation>Sleutels maken</translation>
    </message>
    <message>
        <source>1. The team has your keys (fingerprint {fp}).</source>
        <translation>1. Het team heeft uw sleutels (vingerafdruk {fp}).</translation>
    </message>
    <message>
        <source>Make new keys</source>
        <translation>Nieuwe sleutels maken</translation>
    </message>
    <message>
        <source>Make &amp;new keys…</source>
        <translation>&amp;Nieuwe sleutels maken…</translation>
    </message>
    <message>
        <source>Only for another project: this project&apos;s laptops trust the keys they were given</source>
        <translation>Alleen voor een ander project: de laptops van dit project vertrouwen de sleutels die ze kregen</translation>
    </message>
    <message>
        <source>A &amp;folder (a team folder, a USB stick)</source>
        <translation>&amp;Een map (een teammap, een USB-stick)</translation>
    </message>
    <message>
        <source>A &amp;WebDAV share (Nextcloud, Research Drive)</source>
        <translation>Een &amp;gedeelde WebDAV-map (Nextcloud, Research Drive)</translation>
    </message>
    <message>
        <source>Folder or share address</source>
        <translation>Map of adres van de gedeelde map</translation>
    </message>
    <message>
        <source>The member&apos;s login name on the share</source>
        <translation>De inlognaam van het teamlid op de gedeelde map</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>2. &amp;Team member</source>
        <translation>2. &amp;Teamlid</translation>
    </message>
    <message>
        <source>Make the project file</source>
        <translation>Projectbestand maken</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Herstelvel</translation>
    </message>
    <message>
        <source>Pr&amp;int the recovery sheet…</source>
        <translation>Herstelblad af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Herstelblad afdrukken</translation>
    </message>
    <message>
        <source>Sa&amp;ve the sheet as…</source>
        <translation>Herstelblad &amp;bewaren als…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Herstelblad bewaren</translation>
    </message>
    <message>
        <source>As a PDF or a text file where you choose, readable by you only</source>
        <translation>Als pdf of tekstbestand waar u kiest, alleen door u te lezen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase for the keys (at least 10 characters, for example four words):</source>
        <translation>Wachtwoordzin voor de sleutels (minstens 10 tekens, bijvoorbeeld vier woorden):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Dezelfde wachtwoordzin nog eens:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was made.</source>
        <translation>De twee wachtwoordzinnen verschillen; er is niets gemaakt.</translation>
    </message>
    <message>
        <source>This project&apos;s laptops trust the keys with fingerprint {fp}: their bundles open only with those, and project files and updates must be signed with them. New keys do not replace them here; they serve another project.

Make new keys anyway?</source>
        <translation>De laptops van dit project vertrouwen de sleutels met vingerafdruk {fp}: hun bundels gaan alleen daarmee open, en projectbestanden en updates moeten ermee ondertekend zijn. Nieuwe sleutels vervangen ze hier niet; ze zijn voor een ander project.

Toch nieuwe sleutels maken?</translation>
    </message>
    <message>
        <source>Save the keys as</source>
        <translation>Sleutels bewaren als</translation>
    </message>
    <message>
        <source>Making the keys…</source>
        <translation>De sleutels worden gemaakt…</translation>
    </message>
    <message>
        <source>The recovery sheet could not be written to {path}: {detail}.</source>
        <translation>Het herstelblad kon niet naar {path} geschreven worden: {detail}.</translation>
    </message>
    <message>
        <source>The recovery sheet went to the printer {printer}. Veldwerk wrote no copy of it to disk: keep the page locked away.</source>
        <translation>Het herstelblad is naar de printer {printer} gestuurd. Veldwerk schreef er geen kopie van op schijf: bewaar het blad achter slot.</translation>
    </message>
    <message>
        <source>Save the recovery sheet as</source>
        <translation>Herstelblad bewaren als</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Text (*.txt)</source>
        <translation>Pdf (*.pdf);;Tekst (*.txt)</translation>
    </message>
    <message>
        <source>The recovery sheet is in {path} (readable by you only). It holds both secret keys in plain text: print it, keep the page locked away, then delete the file.</source>
        <translation>Het herstelblad staat in {path} (alleen door u te lezen). Het bevat beide geheime sleutels als leesbare tekst: druk het af, bewaar het blad achter slot en verwijder dan het bestand.</translation>
    </message>
    <message>
        <source>Add the team members first (Project settings).</source>
        <translation>Voeg eerst de teamleden toe (Projectinstellingen).</translation>
    </message>
    <message>
        <source>Your key file</source>
        <translation>Uw sleutelbestand</translation>
    </message>
    <message>
        <source>Save the project file as</source>
        <translation>Projectbestand bewaren als</translation>
    </message>
    <message>
        <source>Veldwerk project (*.veldwerkproject)</source>
        <translation>Veldwerk-project (*.veldwerkproject)</translation>
    </message>
    <message>
        <source>Project file for {member} made (participant numbers {block}). Give it to them; they choose Join a project in Veldwerk.</source>
        <translation>Projectbestand voor {member} gemaakt (deelnemersnummers {block}). Geef het aan die persoon; die kiest in Veldwerk Meedoen met een project.</translation>
    </message>
    <message>
        <source>Making the project file…</source>
        <translation>Het projectbestand wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>Deposit</name>
    <message>
        <source>Social sciences</source>
        <translation>Sociale wetenschappen</translation>
    </message>
    <message>
        <source>Sociology</source>
        <translation>Sociologie</translation>
    </message>
    <message>
        <source>Social geography</source>
        <translation>Sociale geografie</translation>
    </message>
    <message>
        <source>Cultural anthropology</source>
        <translation>Culturele antropologie</translation>
    </message>
    <message>
        <source>Demography</source>
        <translation>Demografie</translation>
    </message>
    <message>
        <source>Urban and rural planning</source>
        <translation>Planologie</translation>
    </message>
    <message>
        <source>Communication sciences</source>
        <translation>Communicatiewetenschap</translation>
    </message>
    <message>
        <source>Social and public administration</source>
        <translation>Bestuurskunde</translation>
    </message>
    <message>
        <source>Behavioural and educational sciences</source>
        <translation>Gedrags- en onderwijswetenschappen</translation>
    </message>
    <message>
        <source>Humanities</source>
        <translation>Geesteswetenschappen</translation>
    </message>
    <message>
        <source>Interdisciplinary sciences</source>
        <translation>Interdisciplinaire wetenschappen</translation>
    </message>
    <message>
        <source>On request: the rights holder decides who may download</source>
        <translation>Op verzoek: de rechthebbende beslist wie mag downloaden</translation>
    </message>
    <message>
        <source>Open: anyone may download</source>
        <translation>Open: iedereen mag downloaden</translation>
    </message>
    <message>
        <source>No access through DANS (described only)</source>
        <translation>Geen toegang via DANS (alleen beschreven)</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licentie</translation>
    </message>
    <message>
        <source>rights holder</source>
        <translation>rechthebbende</translation>
    </message>
    <message>
        <source>discipline</source>
        <translation>discipline</translation>
    </message>
    <message>
        <source>access</source>
        <translation>toegang</translation>
    </message>
    <message>
        <source>contact (name and e-mail)</source>
        <translation>contactpersoon (naam en e-mail)</translation>
    </message>
    <message>
        <source>DANS does not take the licence {licence}; choose one of {known}.</source>
        <translation>DANS neemt de licentie {licence} niet aan; kies een van {known}.</translation>
    </message>
    <message>
        <source>{code} is not a discipline Veldwerk offers; choose one of {known}.</source>
        <translation>{code} is geen discipline die Veldwerk aanbiedt; kies een van {known}.</translation>
    </message>
    <message>
        <source>{access} is not an access DANS knows; choose one of {known}.</source>
        <translation>{access} is geen toegang die DANS kent; kies een van {known}.</translation>
    </message>
    <message>
        <source>Give the contact as a name and an e-mail address, like &quot;Anna de Vries &lt;anna@example.nl&gt;&quot;.</source>
        <translation>Geef de contactpersoon als naam en e-mailadres, zoals &quot;Anna de Vries &lt;anna@example.nl&gt;&quot;.</translation>
    </message>
    <message>
        <source>Recordings stay available on request only (the rights holder decides who may listen), also under open access: a voice is personal data. The tables and texts are open.</source>
        <translation>Opnamen blijven alleen op verzoek beschikbaar (de rechthebbende beslist wie mag luisteren), ook bij open toegang: een stem is een persoonsgegeven. De tabellen en teksten zijn open.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the log file</source>
        <translation>het logbestand</translation>
    </message>
    <message>
        <source>Your work so far is saved. The details are in {log}; please send that file to your coordinator.</source>
        <translation>Uw werk tot nu toe is bewaard. De details staan in {log}; stuur dat bestand alstublieft naar uw coördinator.</translation>
    </message>
    <message>
        <source>Your work so far is saved. The details are in {log}; please send that file to whoever supports Veldwerk for your team.</source>
        <translation>Uw werk tot nu toe is bewaard. De details staan in {log}; stuur dat bestand alstublieft naar wie Veldwerk voor uw team ondersteunt.</translation>
    </message>
    <message>
        <source>Something went wrong that Veldwerk did not expect.</source>
        <translation>Er ging iets mis dat Veldwerk niet verwachtte.</translation>
    </message>
    <message>
        <source>Veldwerk</source>
        <translation>Veldwerk</translation>
    </message>
    <message>
        <source>veldwerk: something went wrong that Veldwerk did not expect ({kind}). Where it happened (no content is shown):</source>
        <translation>veldwerk: er ging iets mis dat Veldwerk niet verwachtte ({kind}). Waar het gebeurde (zonder inhoud):</translation>
    </message>
    <message>
        <source>{path} is a file, not a data folder.</source>
        <translation>{path} is een bestand, geen gegevensmap.</translation>
    </message>
    <message>
        <source>Give a folder with --data-dir.</source>
        <translation>Geef een map op met --data-dir.</translation>
    </message>
    <message>
        <source>There is no Veldwerk data folder at {path}.</source>
        <translation>Er is geen Veldwerk-gegevensmap op {path}.</translation>
    </message>
    <message>
        <source>Check --data-dir (or VELDWERK_DATA_DIR). To start, run &apos;veldwerk --data-dir {path} demo&apos; or open the app.</source>
        <translation>Controleer --data-dir (of VELDWERK_DATA_DIR). Om te beginnen: voer &apos;veldwerk --data-dir {path} demo&apos; uit of open de app.</translation>
    </message>
    <message>
        <source>No project in {folder}.</source>
        <translation>Geen project in {folder}.</translation>
    </message>
    <message>
        <source>Run &apos;veldwerk demo&apos;, or create or join one in the app.</source>
        <translation>Voer &apos;veldwerk demo&apos; uit, of maak of voeg u bij een project in de app.</translation>
    </message>
    <message>
        <source>Choose a project with --project (there are: {names}).</source>
        <translation>Kies een project met --project (er zijn: {names}).</translation>
    </message>
    <message>
        <source>The project file {path} is damaged ({detail}).</source>
        <translation>Het projectbestand {path} is beschadigd ({detail}).</translation>
    </message>
    <message>
        <source>The damaged file is kept untouched. You can open the latest good backup from {date}.</source>
        <translation>Het beschadigde bestand blijft onaangeroerd. U kunt de laatste goede reservekopie van {date} openen.</translation>
    </message>
    <message>
        <source>The damaged file is kept untouched. There is no backup; ask your coordinator for help.</source>
        <translation>Het beschadigde bestand blijft onaangeroerd. Er is geen reservekopie; vraag uw coördinator om hulp.</translation>
    </message>
    <message>
        <source>The project file {path} was made by a newer Veldwerk ({needed}).</source>
        <translation>Het projectbestand {path} is gemaakt met een nieuwere Veldwerk ({needed}).</translation>
    </message>
    <message>
        <source>Install Veldwerk {needed} or newer to open it. The file was not changed.</source>
        <translation>Installeer Veldwerk {needed} of nieuwer om het te openen. Het bestand is niet veranderd.</translation>
    </message>
    <message>
        <source>Could not save {what}: {detail}.</source>
        <translation>Kon {what} niet bewaren: {detail}.</translation>
    </message>
    <message>
        <source>Your text is kept on screen and saved as soon as possible. Free some disk space or check that the data folder can be written to.</source>
        <translation>Uw tekst blijft op het scherm staan en wordt bewaard zodra dat kan. Maak ruimte vrij op de schijf of controleer of er in de gegevensmap geschreven kan worden.</translation>
    </message>
    <message>
        <source>The project is open in the Veldwerk app (process {pid}, since {when}).</source>
        <translation>Het project is open in de Veldwerk-app (proces {pid}, sinds {when}).</translation>
    </message>
    <message>
        <source>Close it there first, or do this in the app; then try again. Nothing was changed.</source>
        <translation>Sluit het daar eerst, of doe dit in de app; probeer het daarna opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The project is busy: &apos;veldwerk {command}&apos; is working on it (process {pid}, since {when}).</source>
        <translation>Het project is bezet: &apos;veldwerk {command}&apos; is ermee bezig (proces {pid}, sinds {when}).</translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again. Nothing was changed.</source>
        <translation>Wacht tot dat klaar is en probeer het dan opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The project is open in another Veldwerk.</source>
        <translation>Het project is open in een andere Veldwerk.</translation>
    </message>
    <message>
        <source>Close it there first, then try again. Nothing was changed.</source>
        <translation>Sluit het daar eerst en probeer het dan opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Nothing can be changed now; what is shown is safe.</source>
        <translation>Er kan nu niets worden veranderd; wat u ziet, is veilig bewaard.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only, so Veldwerk can show this project but not save anything. Copy the folder to a place you can write to, or ask for write access.</source>
        <translation>De gegevensmap {folder} is alleen-lezen: Veldwerk kan dit project tonen, maar niets bewaren. Kopieer de map naar een plek waar u kunt schrijven, of vraag om schrijfrechten.</translation>
    </message>
    <message>
        <source>A deposit at DANS also asks: {missing}. Nothing was written.</source>
        <translation>Een deposit bij DANS vraagt ook: {missing}. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Give them once (they are kept with the project): in the export window, or with {flags}.</source>
        <translation>Geef ze één keer (ze worden bij het project bewaard): in het exportvenster, of met {flags}.</translation>
    </message>
    <message>
        <source>{path} could not be written</source>
        <translation>{path} kon niet worden geschreven</translation>
    </message>
    <message>
        <source>The folder {path} cannot be made</source>
        <translation>De map {path} kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>{said}: {file} is a file, not a folder.</source>
        <translation>{said}: {file} is een bestand, geen map.</translation>
    </message>
    <message>
        <source>Choose another place, or move that file away; nothing half-written was left there.</source>
        <translation>Kies een andere plek, of zet dat bestand ergens anders neer; er is niets half geschreven achtergebleven.</translation>
    </message>
    <message>
        <source>{said}: the disk is full.</source>
        <translation>{said}: de schijf is vol.</translation>
    </message>
    <message>
        <source>Make room on the disk, or choose another place; nothing half-written was left there.</source>
        <translation>Maak ruimte op de schijf, of kies een andere plek; er is niets half geschreven achtergebleven.</translation>
    </message>
    <message>
        <source>{said}: there is no permission to write there.</source>
        <translation>{said}: er mag daar niet geschreven worden.</translation>
    </message>
    <message>
        <source>Choose a folder of your own; nothing half-written was left there.</source>
        <translation>Kies een eigen map; er is niets half geschreven achtergebleven.</translation>
    </message>
    <message>
        <source>{said}.</source>
        <translation>{said}.</translation>
    </message>
    <message>
        <source>Choose another place, or make room on the disk; nothing half-written was left there.</source>
        <translation>Kies een andere plek, of maak ruimte op de schijf; er is niets half geschreven achtergebleven.</translation>
    </message>
    <message>
        <source>{message} (The system said: {detail}.)</source>
        <translation>{message} (Het systeem meldde: {detail}.)</translation>
    </message>
    <message>
        <source>This note was changed elsewhere while you were typing.</source>
        <translation>Deze aantekening is ergens anders veranderd terwijl u typte.</translation>
    </message>
    <message>
        <source>Both texts are kept: choose which to keep, or put them together.</source>
        <translation>Beide teksten zijn bewaard: kies welke u houdt, of voeg ze samen.</translation>
    </message>
    <message>
        <source>The project&apos;s settings, guides and consent forms are set by the coordinator for everyone in the team.</source>
        <translation>De instellingen van het project, de gesprekshandleidingen en de toestemmingsformulieren stelt de coördinator vast voor het hele team.</translation>
    </message>
    <message>
        <source>Ask the coordinator to change it; the change reaches this laptop with the next project update.</source>
        <translation>Vraag de coördinator om het te wijzigen; de wijziging komt met de volgende projectupdate op deze laptop.</translation>
    </message>
    <message>
        <source>There is no project called {name} in {folder}.</source>
        <translation>Er is geen project met de naam {name} in {folder}.</translation>
    </message>
    <message>
        <source>The team database {url} holds no project yet.</source>
        <translation>De teamdatabase {url} bevat nog geen project.</translation>
    </message>
    <message>
        <source>Move a project there with &apos;veldwerk project to-server URL&apos;, or make the demo with &apos;veldwerk --db URL demo&apos;.</source>
        <translation>Zet er een project in met &apos;veldwerk project to-server URL&apos;, of maak het demoproject met &apos;veldwerk --db URL demo&apos;.</translation>
    </message>
    <message>
        <source>This file holds no project.</source>
        <translation>Dit bestand bevat geen project.</translation>
    </message>
    <message>
        <source>The record {id} no longer exists.</source>
        <translation>Het gegeven {id} bestaat niet meer.</translation>
    </message>
    <message>
        <source>This project is open for reading only.</source>
        <translation>Dit project is alleen open om te bekijken.</translation>
    </message>
    <message>
        <source>There is no project file at {path}.</source>
        <translation>Er is geen projectbestand op {path}.</translation>
    </message>
    <message>
        <source>The team database is older than this Veldwerk.</source>
        <translation>De teamdatabase is ouder dan deze Veldwerk.</translation>
    </message>
    <message>
        <source>Open it once for writing, which brings it up to date.</source>
        <translation>Open haar één keer om te schrijven; dan wordt ze bijgewerkt.</translation>
    </message>
    <message>
        <source>The project is already closed.</source>
        <translation>Het project is al gesloten.</translation>
    </message>
    <message>
        <source>The team database could not save {what}: {reason}</source>
        <translation>De teamdatabase kon {what} niet bewaren: {reason}</translation>
    </message>
    <message>
        <source>your changes</source>
        <translation>uw wijzigingen</translation>
    </message>
    <message>
        <source>Veldwerk cannot reach the team database {url}: {reason}</source>
        <translation>Veldwerk kan de teamdatabase {url} niet bereiken: {reason}</translation>
    </message>
    <message>
        <source>Check the address, the user and the password, and whether the server is running.</source>
        <translation>Controleer het adres, de gebruiker en het wachtwoord, en of de server draait.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the data folder is read-only</source>
        <translation>de gegevensmap is alleen-lezen</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} is een bestand, geen map.</translation>
    </message>
    <message>
        <source>Give a folder (it is made if it does not exist yet).</source>
        <translation>Geef een map op (die wordt gemaakt als hij nog niet bestaat).</translation>
    </message>
    <message>
        <source>Veldwerk cannot use the database {url}.</source>
        <translation>Veldwerk kan de database {url} niet gebruiken.</translation>
    </message>
    <message>
        <source>Give a PostgreSQL URL: postgresql://user@host/database.</source>
        <translation>Geef een PostgreSQL-adres: postgresql://gebruiker@server/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed.</source>
        <translation>Het stuurprogramma voor PostgreSQL is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>This project is already in a team database.</source>
        <translation>Dit project staat al in een teamdatabase.</translation>
    </message>
    <message>
        <source>The project could not be copied into {url}: {reason}</source>
        <translation>Het project kon niet naar {url} worden gekopieerd: {reason}</translation>
    </message>
    <message>
        <source>Nothing was kept there; the project here is unchanged.</source>
        <translation>Daar is niets bewaard; het project hier is niet veranderd.</translation>
    </message>
    <message>
        <source>The team database cannot get the search it needs (the unaccent extension): {reason}</source>
        <translation>De teamdatabase kan de zoekfunctie die ze nodig heeft (de extensie unaccent) niet krijgen: {reason}</translation>
    </message>
    <message>
        <source>Ask the database&apos;s administrator to run CREATE EXTENSION unaccent; in it, or to make your role the database&apos;s owner, then try again. Nothing was changed.</source>
        <translation>Vraag de beheerder van de database om daarin CREATE EXTENSION unaccent; uit te voeren, of om uw rol eigenaar van de database te maken, en probeer het dan opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The private folder {path} cannot be made: {detail}.</source>
        <translation>De eigen map {path} kan niet gemaakt worden: {detail}.</translation>
    </message>
    <message>
        <source>Free some disk space, or set {env} to a folder of your own.</source>
        <translation>Maak wat schijfruimte vrij, of zet {env} op een map van uzelf.</translation>
    </message>
    <message>
        <source>{path} is not a private folder of yours; nothing is unpacked there.</source>
        <translation>{path} is geen eigen map van u; daar wordt niets uitgepakt.</translation>
    </message>
    <message>
        <source>Remove it, or set {env} to a folder of your own.</source>
        <translation>Verwijder hem, of zet {env} op een map van uzelf.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for analysis</source>
        <translation>Exporteren voor analyse</translation>
    </message>
    <message>
        <source>What goes out follows each participant&apos;s consent: an interview only if everyone in it agreed to quotes, a recording only if everyone agreed to audio, nobody who withdrew. Names and contact details never go out.</source>
        <translation>Wat meegaat volgt de toestemming van iedere deelnemer: een gesprek alleen als iedereen erin instemde met citaten, een opname alleen als iedereen instemde met geluid, niemand die zich terugtrok. Namen en contactgegevens gaan nooit mee.</translation>
    </message>
    <message>
        <source>&amp;Tables (CSV) for R or SPSS</source>
        <translation>&amp;Tabellen (CSV) voor R of SPSS</translation>
    </message>
    <message>
        <source>Tables (CSV)</source>
        <translation>Tabellen (CSV)</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (.xlsx) for Excel or Calc</source>
        <translation>&amp;Spreadsheet (.xlsx) voor Excel of Calc</translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx)</source>
        <translation>Spreadsheet (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Word: a document per interview</source>
        <translation>&amp;Word: een document per gesprek</translation>
    </message>
    <message>
        <source>Word documents per interview</source>
        <translation>Worddocumenten per gesprek</translation>
    </message>
    <message>
        <source>Word: the project re&amp;port (figures, charts, every interview)</source>
        <translation>Word: het projectra&amp;pport (cijfers, grafieken, elk gesprek)</translation>
    </message>
    <message>
        <source>Project report</source>
        <translation>Projectrapport</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA project for ATLAS.ti, MAXQDA, NVivo, QDA Miner or QualCoder</source>
        <translation>&amp;REFI-QDA-project voor ATLAS.ti, MAXQDA, NVivo, QDA Miner of QualCoder</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-project</translation>
    </message>
    <message>
        <source>&amp;Archive package (BagIt, as DANS takes it) of what may be archived</source>
        <translation>&amp;Archiefpakket (BagIt, zoals DANS het aanneemt) van wat gearchiveerd mag worden</translation>
    </message>
    <message>
        <source>Archive package</source>
        <translation>Archiefpakket</translation>
    </message>
    <message>
        <source>Recordings as &amp;MP3, which ATLAS.ti, MAXQDA and NVivo open (slower)</source>
        <translation>Opnamen als &amp;MP3, die ATLAS.ti, MAXQDA en NVivo openen (trager)</translation>
    </message>
    <message>
        <source>Recordings as MP3</source>
        <translation>Opnamen als MP3</translation>
    </message>
    <message>
        <source>Why there is no archive package here</source>
        <translation>Waarom hier geen archiefpakket kan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Choose where the export goes</source>
        <translation>Kies waar de export heen gaat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>For the deposit at DANS (asked once, kept with the project)</source>
        <translation>Voor het deposit bij DANS (één keer gevraagd, bewaard bij het project)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Choose a licence</source>
        <translation>Kies een licentie</translation>
    </message>
    <message>
        <source>Rights holder</source>
        <translation>Rechthebbende</translation>
    </message>
    <message>
        <source>Who holds the rights: the project&apos;s organisation</source>
        <translation>Wie de rechten heeft: de organisatie van het project</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Choose who may download</source>
        <translation>Kies wie mag downloaden</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Naam van de contactpersoon</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>E-mail van de contactpersoon</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licentie</translation>
    </message>
    <message>
        <source>Rights &amp;holder</source>
        <translation>Rec&amp;hthebbende</translation>
    </message>
    <message>
        <source>&amp;Discipline</source>
        <translation>&amp;Discipline</translation>
    </message>
    <message>
        <source>A&amp;ccess</source>
        <translation>Toe&amp;gang</translation>
    </message>
    <message>
        <source>Recordings&apos; access</source>
        <translation>Toegang tot opnamen</translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;name</source>
        <translation>&amp;Naam van de contactpersoon</translation>
    </message>
    <message>
        <source>Contact&apos;s e-ma&amp;il</source>
        <translation>E-ma&amp;il van de contactpersoon</translation>
    </message>
    <message>
        <source>Set by the coordinator for the whole team</source>
        <translation>Ingesteld door de coördinator voor het hele team</translation>
    </message>
    <message>
        <source>A deposit at DANS also asks: {missing}. Fill them in above; they are kept with the project.</source>
        <translation>Een deposit bij DANS vraagt ook: {missing}. Vul ze hierboven in; ze worden bij het project bewaard.</translation>
    </message>
    <message>
        <source>the deposit&apos;s metadata</source>
        <translation>de metadata van het deposit</translation>
    </message>
    <message>
        <source>Save the REFI-QDA project</source>
        <translation>Het REFI-QDA-project bewaren</translation>
    </message>
    <message>
        <source>REFI-QDA (*.qdpx)</source>
        <translation>REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Save the spreadsheet</source>
        <translation>De spreadsheet bewaren</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the archive package</source>
        <translation>Het archiefpakket bewaren</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Save the project report</source>
        <translation>Het projectrapport bewaren</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>Map voor de bestanden</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Afgebroken: er is niets geschreven.</translation>
    </message>
    <message>
        <source>Written: {path} ({files} files, {takes} recordings).</source>
        <translation>Geschreven: {path} ({files} bestanden, {takes} opnamen).</translation>
    </message>
    <message>
        <source>Its README says what it holds and on what consent, and counts what was left out ({n}); the list, for the team only, is {file}.</source>
        <translation>De README zegt wat het bevat en op welke toestemming, en telt wat is weggelaten ({n}); de lijst, alleen voor het team, is {file}.</translation>
    </message>
    <message>
        <source>{n} documents written: {first}</source>
        <translation>{n} documenten geschreven: {first}</translation>
    </message>
    <message>
        <source>Left out for want of consent: {names}.</source>
        <translation>Weggelaten bij gebrek aan toestemming: {names}.</translation>
    </message>
    <message>
        <source>Written: {path}, a sheet per table.</source>
        <translation>Geschreven: {path}, een blad per tabel.</translation>
    </message>
    <message>
        <source>{n} left out for want of consent: see the sheet {sheet}.</source>
        <translation>{n} weggelaten bij gebrek aan toestemming: zie het blad {sheet}.</translation>
    </message>
    <message>
        <source>{n} tables written in {folder}.</source>
        <translation>{n} tabellen geschreven in {folder}.</translation>
    </message>
    <message>
        <source>What was left out, and why, is in left-out.csv.</source>
        <translation>Wat is weggelaten, en waarom, staat in left-out.csv.</translation>
    </message>
    <message>
        <source>Written: {path} ({sources} interviews, {takes} recordings).</source>
        <translation>Geschreven: {path} ({sources} gesprekken, {takes} opnamen).</translation>
    </message>
    <message>
        <source>Not in this format:</source>
        <translation>Niet in dit formaat:</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>only interviews of this kind</source>
        <translation>alleen interviews van deze soort</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filteren op soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>name or id</source>
        <translation>naam of id</translation>
    </message>
    <message>
        <source>All neighbourhoods</source>
        <translation>Alle buurten</translation>
    </message>
    <message>
        <source>Filter by neighbourhood</source>
        <translation>Filteren op buurt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>Filter by phase</source>
        <translation>Filteren op fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>only interviews with this status</source>
        <translation>alleen interviews met deze status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leidraad</translation>
    </message>
    <message>
        <source>Guide version</source>
        <translation>Versie van de leidraad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>only interviews with this tag</source>
        <translation>alleen interviews met dit label</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filteren op label</translation>
    </message>
    <message>
        <source>&apos;;&apos;-separated</source>
        <translation>gescheiden door &apos;;&apos;</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>codes, &apos;;&apos;-separated</source>
        <translation>codes, gescheiden door &apos;;&apos;</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewers</translation>
    </message>
    <message>
        <source>team member&apos;s name or id</source>
        <translation>naam of id van het teamlid</translation>
    </message>
    <message>
        <source>All interviewers</source>
        <translation>Alle interviewers</translation>
    </message>
    <message>
        <source>Filter by interviewer</source>
        <translation>Filteren op interviewer</translation>
    </message>
    <message>
        <source>role and number unless named, &apos;;&apos;-separated</source>
        <translation>rol en nummer tenzij bij naam, gescheiden door &apos;;&apos;</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Opnamen</translation>
    </message>
    <message>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>pseudoniem</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Work from the team&apos;s laptops</source>
        <translation>Werk van de laptops van het team</translation>
    </message>
    <message>
        <source>Your keys are not open yet.</source>
        <translation>Uw sleutels zijn nog niet geopend.</translation>
    </message>
    <message>
        <source>Open &amp;keys…</source>
        <translation>&amp;Sleutels openen…</translation>
    </message>
    <message>
        <source>Open keys</source>
        <translation>Sleutels openen</translation>
    </message>
    <message>
        <source>Your key file and passphrase, to open the bundles</source>
        <translation>Uw sleutelbestand en wachtwoordzin, om de bundels te openen</translation>
    </message>
    <message>
        <source>Bundles, laptops and conflicts</source>
        <translation>Bundels, laptops en conflicten</translation>
    </message>
    <message>
        <source>&amp;Bundles</source>
        <translation>&amp;Bundels</translation>
    </message>
    <message>
        <source>&amp;Laptops</source>
        <translation>&amp;Laptops</translation>
    </message>
    <message>
        <source>C&amp;onflicts</source>
        <translation>C&amp;onflicten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Wat erin zat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundels</translation>
    </message>
    <message>
        <source>&amp;Fetch from the share</source>
        <translation>Op&amp;halen uit de gedeelde map</translation>
    </message>
    <message>
        <source>Fetch from the share</source>
        <translation>Ophalen van de gedeelde map</translation>
    </message>
    <message>
        <source>Take in the new bundles from the team folder or share</source>
        <translation>De nieuwe bundels uit de teammap of gedeelde map binnenhalen</translation>
    </message>
    <message>
        <source>Import bundle files</source>
        <translation>Bundelbestanden inlezen</translation>
    </message>
    <message>
        <source>Bundles on a USB stick or in a folder</source>
        <translation>Bundels op een USB-stick of in een map</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>Nu opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Bundles kept for a cause that passes (a full disk, a newer Veldwerk, a laptop let in since) are tried again by themselves after every round; this tries them now</source>
        <translation>Bundels die bewaard zijn om een oorzaak die overgaat (een volle schijf, een nieuwere Veldwerk, een laptop die inmiddels is toegelaten) worden na elke ronde vanzelf opnieuw geprobeerd; dit probeert ze nu</translation>
    </message>
    <message>
        <source>Take in new bundles by itself</source>
        <translation>Nieuwe bundels vanzelf binnenhalen</translation>
    </message>
    <message>
        <source>Every five minutes, from the share, while this window is open</source>
        <translation>Elke vijf minuten, van de gedeelde map, zolang dit venster open is</translation>
    </message>
    <message>
        <source>A laptop sends bundles only once you let it in. Compare the key&apos;s fingerprint with what the laptop shows under Project › Delivery.</source>
        <translation>Een laptop stuurt pas bundels als u hem toelaat. Vergelijk de vingerafdruk van de sleutel met wat de laptop laat zien onder Project › Aflevering.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Laptop&apos;s own name</source>
        <translation>Naam van de laptop</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Vingerafdruk van de sleutel</translation>
    </message>
    <message>
        <source>Changes applied</source>
        <translation>Wijzigingen verwerkt</translation>
    </message>
    <message>
        <source>Bundles come from</source>
        <translation>Bundels komen van</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>Answers go to</source>
        <translation>Antwoorden gaan naar</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Toelaten</translation>
    </message>
    <message>
        <source>This laptop&apos;s bundles are taken in, also those waiting</source>
        <translation>De bundels van deze laptop worden binnengehaald, ook die al wachten</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Weigeren</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>This laptop&apos;s bundles are not taken in</source>
        <translation>De bundels van deze laptop worden niet binnengehaald</translation>
    </message>
    <message>
        <source>&amp;Skip refused bundle</source>
        <translation>&amp;Geweigerde bundel overslaan</translation>
    </message>
    <message>
        <source>Skip refused bundle</source>
        <translation>Geweigerde bundel overslaan</translation>
    </message>
    <message>
        <source>This laptop&apos;s later bundles go in past its bundle that could not be taken in; the changes in that one are lost here</source>
        <translation>De latere bundels van deze laptop komen binnen voorbij zijn bundel die niet kon worden binnengehaald; de wijzigingen daarin ontbreken hier voorgoed</translation>
    </message>
    <message>
        <source>Trying the kept bundles again…</source>
        <translation>De bewaarde bundels worden opnieuw geprobeerd…</translation>
    </message>
    <message>
        <source>The changes of {name} in its bundle that could not be taken in are then lost to this copy, and its later bundles go in. Skip them?</source>
        <translation>De wijzigingen van {name} in zijn bundel die niet kon worden binnengehaald ontbreken dan voorgoed in deze kopie, en zijn latere bundels komen binnen. Overslaan?</translation>
    </message>
    <message>
        <source>{name}: changes {first}–{last} (in {file}) are skipped and lost to this copy.</source>
        <translation>{name}: wijzigingen {first}–{last} (in {file}) zijn overgeslagen en ontbreken voorgoed in deze kopie.</translation>
    </message>
    <message>
        <source>Its later bundles go in at the next import.</source>
        <translation>Zijn latere bundels komen binnen bij de volgende keer inlezen.</translation>
    </message>
    <message>
        <source>The laptops keep their own version until your keys are open and the next bundles come in.</source>
        <translation>De laptops houden hun eigen versie tot uw sleutels open zijn en de volgende bundels binnenkomen.</translation>
    </message>
    <message>
        <source>The laptops get the chosen version at their next sync.</source>
        <translation>De laptops krijgen de gekozen versie bij hun volgende synchronisatie.</translation>
    </message>
    <message>
        <source>C&amp;onflicts ({n})</source>
        <translation>C&amp;onflicten ({n})</translation>
    </message>
    <message>
        <source>Import bundle f&amp;iles…</source>
        <translation>Bundelbestanden &amp;inlezen…</translation>
    </message>
    <message>
        <source>&amp;Take in new bundles by itself</source>
        <translation>Nieuwe bundels &amp;vanzelf binnenhalen</translation>
    </message>
    <message>
        <source>Let &amp;in</source>
        <translation>&amp;Toelaten</translation>
    </message>
    <message>
        <source>Your key file</source>
        <translation>Uw sleutelbestand</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase for the keys:</source>
        <translation>Wachtwoordzin voor de sleutels:</translation>
    </message>
    <message>
        <source>Keys open (signing key {fp}); they stay in memory until this window closes.</source>
        <translation>Sleutels open (ondertekensleutel {fp}); ze blijven in het geheugen tot dit venster sluit.</translation>
    </message>
    <message>
        <source>Nothing new came in.</source>
        <translation>Er is niets nieuws binnengekomen.</translation>
    </message>
    <message>
        <source>Looked at {time}.</source>
        <translation>Gekeken om {time}.</translation>
    </message>
    <message>
        <source>Taking in bundles…</source>
        <translation>Bundels binnenhalen…</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Bundels om in te lezen</translation>
    </message>
    <message>
        <source>Veldwerk bundles (*.age)</source>
        <translation>Veldwerk-bundels (*.age)</translation>
    </message>
    <message>
        <source>Choose a laptop in the list first.</source>
        <translation>Kies eerst een laptop in de lijst.</translation>
    </message>
    <message>
        <source>Refused: its bundles are not taken in.</source>
        <translation>Geweigerd: de bundels ervan worden niet binnengehaald.</translation>
    </message>
    <message>
        <source>Resolved: {what}</source>
        <translation>Opgelost: {what}</translation>
    </message>
    <message>
        <source>The laptop keeps the old code until you open your keys and rename again.</source>
        <translation>De laptop houdt de oude code tot u uw sleutels opent en opnieuw hernoemt.</translation>
    </message>
</context>
<context>
    <name>InterviewDetailsDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nieuw interview</translation>
    </message>
    <message>
        <source>Interview details</source>
        <translation>Gegevens van het interview</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Leidraad</translation>
    </message>
    <message>
        <source>{name} (version {version})</source>
        <translation>{name} (versie {version})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Words separated by commas</source>
        <translation>Woorden gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewers</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum en tijd</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Buurt</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Leidraad</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Lab&amp;els</translation>
    </message>
    <message>
        <source>Partici&amp;pants</source>
        <translation>Deelne&amp;mers</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>&amp;Interviewers</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Same&amp;nvatting</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <source>All saved</source>
        <translation>Alles bewaard</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Bewaarstatus</translation>
    </message>
    <message>
        <source>Save warning</source>
        <translation>Waarschuwing over bewaren</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Gegevens…</translation>
    </message>
    <message>
        <source>Edit interview details</source>
        <translation>Gegevens van het interview bewerken</translation>
    </message>
    <message>
        <source>Transcript &amp;only</source>
        <translation>Alleen &amp;transcript</translation>
    </message>
    <message>
        <source>Transcript only</source>
        <translation>Alleen transcript</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Choose a topic to jump to its notes</source>
        <translation>Kies een onderwerp om naar de aantekeningen te gaan</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>Alles &amp;weer tonen</translation>
    </message>
    <message>
        <source>Bring back the recorder, the recordings and the notes</source>
        <translation>Haal de recorder, de opnamen en de aantekeningen terug</translation>
    </message>
    <message>
        <source>Give the transcript the whole window: the recorder, the recordings and the notes step aside until you press Show everything</source>
        <translation>Geef het transcript het hele venster: de recorder, de opnamen en de aantekeningen gaan opzij tot u op Alles weer tonen drukt</translation>
    </message>
    <message>
        <source>{title} – Veldwerk</source>
        <translation>{title} – Veldwerk</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Vrije aantekeningen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Notes: {title}</source>
        <translation>Aantekeningen: {title}</translation>
    </message>
    <message>
        <source>Answer: {title}</source>
        <translation>Antwoord: {title}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <source>Choose a text</source>
        <translation>Kies een tekst</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen bekijken</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Your text is not saved yet. {message} Veldwerk keeps trying; do not close this window.</source>
        <translation>Uw tekst is nog niet bewaard. {message} Veldwerk blijft het proberen; sluit dit venster niet.</translation>
    </message>
    <message>
        <source>Choose a text first</source>
        <translation>Kies eerst een tekst</translation>
    </message>
    <message>
        <source>A note was changed elsewhere while you typed. Choose which text to keep (or keep both) before closing.</source>
        <translation>Een aantekening is ergens anders veranderd terwijl u typte. Kies welke tekst u houdt (of houd beide) voordat u sluit.</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Tekst niet bewaard</translation>
    </message>
    <message>
        <source>Some of your notes could not be saved (the disk may be full or read-only).</source>
        <translation>Een deel van uw aantekeningen kon niet worden bewaard (de schijf is misschien vol of alleen-lezen).</translation>
    </message>
    <message>
        <source>Keep the window open and try again, or copy the text to the clipboard before closing.</source>
        <translation>Laat het venster open en probeer het opnieuw, of kopieer de tekst naar het klembord voordat u sluit.</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Open laten</translation>
    </message>
    <message>
        <source>Copy text and close</source>
        <translation>Tekst kopiëren en sluiten</translation>
    </message>
</context>
<context>
    <name>InterviewList</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewers</translation>
    </message>
</context>
<context>
    <name>Interviews</name>
    <message>
        <source>Choose a kind of interview.</source>
        <translation>Kies een soort interview.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Kies een status.</translation>
    </message>
    <message>
        <source>The kind ‘{kind}’ needs at least {n} participant.</source>
        <translation>Bij de soort ‘{kind}’ hoort minstens {n} deelnemer.</translation>
    </message>
    <message>
        <source>The kind ‘{kind}’ needs at least {n} participants.</source>
        <translation>Bij de soort ‘{kind}’ horen minstens {n} deelnemers.</translation>
    </message>
    <message>
        <source>The kind ‘{kind}’ takes no participants.</source>
        <translation>Bij de soort ‘{kind}’ horen geen deelnemers.</translation>
    </message>
    <message>
        <source>The kind ‘{kind}’ takes at most {n} participant; for more people, choose {kinds}.</source>
        <translation>Bij de soort ‘{kind}’ hoort hoogstens {n} deelnemer; kies voor meer mensen {kinds}.</translation>
    </message>
    <message>
        <source>The kind ‘{kind}’ takes at most {n} participants; for more people, choose {kinds}.</source>
        <translation>Bij de soort ‘{kind}’ horen hoogstens {n} deelnemers; kies voor meer mensen {kinds}.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Focusgroep</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Verhaal</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Co-researcher</source>
        <translation>Co-onderzoeker</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Scale 1–5</source>
        <translation>Schaal 1–5</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/nee</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>waits for approval</source>
        <translation>wacht op goedkeuring</translation>
    </message>
    <message>
        <source>let in</source>
        <translation>toegelaten</translation>
    </message>
    <message>
        <source>taken in</source>
        <translation>binnengehaald</translation>
    </message>
    <message>
        <source>taken in before</source>
        <translation>eerder binnengehaald</translation>
    </message>
    <message>
        <source>waits for an earlier bundle</source>
        <translation>wacht op een eerdere bundel</translation>
    </message>
    <message>
        <source>waits until you let the laptop in</source>
        <translation>wacht tot u de laptop toelaat</translation>
    </message>
    <message>
        <source>kept, tried again by itself</source>
        <translation>bewaard, wordt vanzelf opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>left where it was until there is room</source>
        <translation>blijft waar hij was tot er ruimte is</translation>
    </message>
    <message>
        <source>could not be taken in</source>
        <translation>kon niet worden binnengehaald</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Participant&apos;s contact details</source>
        <translation>Contactgegevens van een deelnemer</translation>
    </message>
    <message>
        <source>Participant of an interview</source>
        <translation>Deelnemer aan een gesprek</translation>
    </message>
    <message>
        <source>Interviewer of an interview</source>
        <translation>Interviewer van een gesprek</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Opname</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Consent evidence</source>
        <translation>Bewijs van toestemming</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Terugtrekking</translation>
    </message>
    <message>
        <source>Transcript segment</source>
        <translation>Stuk van een transcript</translation>
    </message>
    <message>
        <source>being made</source>
        <translation>wordt gemaakt</translation>
    </message>
    <message>
        <source>waiting to be delivered</source>
        <translation>wacht op aflevering</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>afgeleverd</translation>
    </message>
    <message>
        <source>received by the coordinator</source>
        <translation>ontvangen door de coördinator</translation>
    </message>
    <message>
        <source>refused by the coordinator</source>
        <translation>geweigerd door de coördinator</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <source>being recorded</source>
        <translation>wordt opgenomen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>hersteld</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>onvolledig</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
</context>
<context>
    <name>LaptopPlaces</name>
    <message>
        <source>Each laptop delivers where its project file says. A USB stick is at another place on this computer than on the laptop: choose it here once, and that laptop&apos;s answers (receipts, updates) go there.</source>
        <translation>Elke laptop levert af waar het projectbestand zegt. Een USB-stick staat op deze computer op een andere plek dan op de laptop: kies die hier één keer, dan gaan de antwoorden voor die laptop (ontvangstbewijzen, updates) daarheen.</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>Where each laptop&apos;s bundles come from and where its answers go</source>
        <translation>Waar de bundels van elke laptop vandaan komen en waar de antwoorden heen gaan</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Delivers to</source>
        <translation>Levert af bij</translation>
    </message>
    <message>
        <source>Answers go to</source>
        <translation>Antwoorden gaan naar</translation>
    </message>
    <message>
        <source>Choose the &amp;stick&apos;s folder…</source>
        <translation>Map van de stic&amp;k kiezen…</translation>
    </message>
    <message>
        <source>Choose the stick&apos;s folder</source>
        <translation>Map van de stick kiezen</translation>
    </message>
    <message>
        <source>Where this laptop&apos;s USB stick is on this computer</source>
        <translation>Waar de USB-stick van deze laptop op deze computer staat</translation>
    </message>
    <message>
        <source>Where is {member}&apos;s USB stick on this computer?</source>
        <translation>Waar staat de USB-stick van {member} op deze computer?</translation>
    </message>
    <message>
        <source>the stick&apos;s folder</source>
        <translation>de map van de stick</translation>
    </message>
    <message>
        <source>Answers for {member}&apos;s laptop go to {folder}.</source>
        <translation>Antwoorden voor de laptop van {member} gaan naar {folder}.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Regel weghalen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <source>Move row up</source>
        <translation>Regel omhoog</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <source>Move row down</source>
        <translation>Regel omlaag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{project} – Veldwerk</source>
        <translation>{project} – Veldwerk</translation>
    </message>
    <message>
        <source>Search interviews</source>
        <translation>Interviews zoeken</translation>
    </message>
    <message>
        <source>Searches titles, places, summaries, tags and participant codes</source>
        <translation>Zoekt in titels, plaatsen, samenvattingen, labels en deelnemerscodes</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Press Enter to open the selected interview</source>
        <translation>Druk op Enter om het gekozen interview te openen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen bekijken</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Aflevering</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wacht op u</translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nieuw interview…</translation>
    </message>
    <message>
        <source>Add an interview, observation, story…</source>
        <translation>Voeg een interview, observatie, verhaal… toe</translation>
    </message>
    <message>
        <source>&amp;Open interview</source>
        <translation>Interview &amp;openen</translation>
    </message>
    <message>
        <source>Open the selected interview (Enter or Ctrl+O)</source>
        <translation>Het gekozen interview openen (Enter of Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Delete interview</source>
        <translation>Interview ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Move to the recycle bin (can be undone)</source>
        <translation>Naar de prullenbak (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Deelnemers…</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>Projectin&amp;stellingen…</translation>
    </message>
    <message>
        <source>&amp;Recycle bin…</source>
        <translation>&amp;Prullenbak…</translation>
    </message>
    <message>
        <source>Re&amp;tention…</source>
        <translation>&amp;Bewaartermijn…</translation>
    </message>
    <message>
        <source>&amp;Delivery…</source>
        <translation>&amp;Aflevering…</translation>
    </message>
    <message>
        <source>Where your work goes, and the coordinator&apos;s keys and project files</source>
        <translation>Waar uw werk heen gaat, en de sleutels en projectbestanden van de coördinator</translation>
    </message>
    <message>
        <source>Dash&amp;board…</source>
        <translation>&amp;Overzicht…</translation>
    </message>
    <message>
        <source>How far the project is: interviews, hours, consent, laptops</source>
        <translation>Hoe ver het project is: gesprekken, uren, toestemming, laptops</translation>
    </message>
    <message>
        <source>E&amp;xport for analysis…</source>
        <translation>E&amp;xporteren voor analyse…</translation>
    </message>
    <message>
        <source>Tables (CSV) or a REFI-QDA project for ATLAS.ti, MAXQDA or NVivo, as consent allows</source>
        <translation>Tabellen (CSV) of een REFI-QDA-project voor ATLAS.ti, MAXQDA of NVivo, zoals de toestemming het toelaat</translation>
    </message>
    <message>
        <source>&amp;Inbox…</source>
        <translation>&amp;Inbox…</translation>
    </message>
    <message>
        <source>Bundles from the team&apos;s laptops, the laptops to let in, and conflicts</source>
        <translation>Bundels van de laptops van het team, laptops om toe te laten, en conflicten</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Nu versturen</translation>
    </message>
    <message>
        <source>Deliver what waits to the coordinator now</source>
        <translation>Lever wat wacht nu af bij de coördinator</translation>
    </message>
    <message>
        <source>&amp;Consent form…</source>
        <translation>&amp;Toestemmingsformulier…</translation>
    </message>
    <message>
        <source>&amp;Story mode</source>
        <translation>&amp;Verhaalmodus</translation>
    </message>
    <message>
        <source>Record a story step by step, with large buttons</source>
        <translation>Neem stap voor stap een verhaal op, met grote knoppen</translation>
    </message>
    <message>
        <source>Ot&amp;her project…</source>
        <translation>Ander pro&amp;ject…</translation>
    </message>
    <message>
        <source>Open another project, or a new one</source>
        <translation>Een ander project openen, of een nieuw</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Afs&amp;luiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Search all notes…</source>
        <translation>Zoeken in &amp;alle aantekeningen…</translation>
    </message>
    <message>
        <source>Find words in every note, summary, moment and tag, and open the interview there</source>
        <translation>Zoek woorden in alle aantekeningen, samenvattingen, momenten en labels, en open het gesprek daar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;About Veldwerk</source>
        <translation>&amp;Over Veldwerk</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Language, text size and colours</source>
        <translation>Taal, tekstgrootte en kleuren</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>For the coordinator, once keys and project files are made (Project › Delivery)</source>
        <translation>Voor de coördinator, zodra sleutels en projectbestanden gemaakt zijn (Project › Aflevering)</translation>
    </message>
    <message>
        <source>Set by the coordinator for the whole team</source>
        <translation>Vastgesteld door de coördinator voor het hele team</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Project toolbar</source>
        <translation>Projectwerkbalk</translation>
    </message>
    <message>
        <source>{project} – Veldwerk (read-only)</source>
        <translation>{project} – Veldwerk (alleen bekijken)</translation>
    </message>
    <message>
        <source>{project} – Veldwerk (team database)</source>
        <translation>{project} – Veldwerk (teamdatabase)</translation>
    </message>
    <message>
        <source>No interviews yet. Make the first with Interview › New interview… (Ctrl+N), or record a story in story mode.</source>
        <translation>Nog geen gesprekken. Maak het eerste met Interview › Nieuw interview… (Ctrl+N), of neem een verhaal op in de verhaalmodus.</translation>
    </message>
    <message>
        <source>No interview fits these filters. «Clear filters» shows them all again.</source>
        <translation>Geen gesprek past bij deze filters. «Filters wissen» laat ze weer allemaal zien.</translation>
    </message>
    <message>
        <source>{shown} of {total} shown · {done} done · {people}</source>
        <translation>{shown} van {total} getoond · {done} klaar · {people}</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>tellen…</translation>
    </message>
    <message>
        <source>Project › Inbox… shows them</source>
        <translation>Project › Inbox… toont ze</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>{title} verwijderen</translation>
    </message>
    <message>
        <source>{title} moved to the recycle bin. Press Ctrl+Z to undo.</source>
        <translation>{title} staat in de prullenbak. Druk op Ctrl+Z om dat ongedaan te maken.</translation>
    </message>
    <message>
        <source>About Veldwerk</source>
        <translation>Over Veldwerk</translation>
    </message>
    <message>
        <source>Veldwerk {version}
Field interviews for neighbourhood research, offline first.</source>
        <translation>Veldwerk {version}
Veldwerk voor buurtonderzoek: interviews, ook zonder internet.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Naam van het project</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Keep data until</source>
        <translation>Gegevens bewaren tot</translation>
    </message>
    <message>
        <source>The consent forms promise to erase recordings after this date</source>
        <translation>De toestemmingsformulieren beloven dat opnamen na deze datum worden gewist</translation>
    </message>
    <message>
        <source>Language of the interviews</source>
        <translation>Gesprekstaal</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Keep data until</source>
        <translation>&amp;Gegevens bewaren tot</translation>
    </message>
    <message>
        <source>&amp;Language of the interviews</source>
        <translation>Gespreks&amp;taal</translation>
    </message>
    <message>
        <source>The consent form tells participants until when their data are kept. The project starts with a plain-language form in Dutch and English; you can change it later.</source>
        <translation>Het toestemmingsformulier vertelt deelnemers tot wanneer hun gegevens bewaard blijven. Het project begint met een formulier in eenvoudige taal, in het Nederlands en Engels; u kunt het later aanpassen.</translation>
    </message>
    <message>
        <source>Choose until when the data are kept: the consent form states it.</source>
        <translation>Kies tot wanneer de gegevens bewaard blijven: het toestemmingsformulier noemt die datum.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>This interview no longer exists: it was erased (a participant withdrew) or removed for good.</source>
        <translation>Dit interview bestaat niet meer: het is gewist (een deelnemer heeft zich teruggetrokken) of definitief verwijderd.</translation>
    </message>
    <message>
        <source>What was typed in it cannot be kept. Close this window.</source>
        <translation>Wat erin getypt is, kan niet worden bewaard. Sluit dit venster.</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>No PDF was made: LibreOffice is not installed.</source>
        <translation>Er is geen pdf gemaakt: LibreOffice is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The Word documents are ready; install LibreOffice for a PDF copy.</source>
        <translation>De Word-documenten zijn klaar; installeer LibreOffice voor een pdf-kopie.</translation>
    </message>
    <message>
        <source>LibreOffice could not make a PDF: {detail}</source>
        <translation>LibreOffice kon geen pdf maken: {detail}</translation>
    </message>
    <message>
        <source>The Word document is ready.</source>
        <translation>Het Word-document is klaar.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PaperConsentDialog</name>
    <message>
        <source>Paper consent of {code}</source>
        <translation>Papieren toestemming van {code}</translation>
    </message>
    <message>
        <source>{code} signed a paper consent form</source>
        <translation>{code} tekende een papieren toestemmingsformulier</translation>
    </message>
    <message>
        <source>Enter what is on the signed form. Keep the paper form safe; a photo or scan of it can be kept here too.</source>
        <translation>Vul in wat op het getekende formulier staat. Bewaar het papieren formulier goed; een foto of scan ervan kan hier ook worden bewaard.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>{title} ({language}, version {version})</source>
        <translation>{title} ({language}, versie {version})</translation>
    </message>
    <message>
        <source>Date on the form</source>
        <translation>Datum op het formulier</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Afgenomen door</translation>
    </message>
    <message>
        <source>The team member who took the consent</source>
        <translation>Het teamlid dat de toestemming heeft afgenomen</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>No photo or scan</source>
        <translation>Geen foto of scan</translation>
    </message>
    <message>
        <source>Photo or scan</source>
        <translation>Foto of scan</translation>
    </message>
    <message>
        <source>Add a photo or &amp;scan…</source>
        <translation>Foto of &amp;scan toevoegen…</translation>
    </message>
    <message>
        <source>Add a photo or scan</source>
        <translation>Foto of scan toevoegen</translation>
    </message>
    <message>
        <source>A JPEG, PNG or PDF of the signed form</source>
        <translation>Een JPEG, PNG of pdf van het getekende formulier</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulier</translation>
    </message>
    <message>
        <source>&amp;Date on the form</source>
        <translation>&amp;Datum op het formulier</translation>
    </message>
    <message>
        <source>&amp;Taken by</source>
        <translation>Afgenomen doo&amp;r</translation>
    </message>
    <message>
        <source>The choices as ticked on the form:</source>
        <translation>De keuzes zoals aangekruist op het formulier:</translation>
    </message>
    <message>
        <source>Photo or scan of the signed form</source>
        <translation>Foto of scan van het getekende formulier</translation>
    </message>
    <message>
        <source>Photos and scans ({patterns})</source>
        <translation>Foto&apos;s en scans ({patterns})</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>This laptop has used all its numbers ({block}) for {prefix}. Ask the coordinator for a new project file with a new block.</source>
        <translation>Deze laptop heeft al zijn nummers ({block}) voor {prefix} gebruikt. Vraag de coördinator om een nieuw projectbestand met een nieuw blok.</translation>
    </message>
    <message>
        <source>A code looks like ELS-014: letters, a dash, a number.</source>
        <translation>Een code ziet eruit als ELS-014: letters, een streepje, een getal.</translation>
    </message>
    <message>
        <source>The code {code} is already taken.</source>
        <translation>De code {code} is al in gebruik.</translation>
    </message>
    <message>
        <source>In this project this laptop gives out the numbers {low} to {high}, so no other laptop can give out the same code. Choose a number in that range.</source>
        <translation>In dit project geeft deze laptop de nummers {low} tot en met {high} uit, zodat geen andere laptop dezelfde code kan uitgeven. Kies een nummer daartussen.</translation>
    </message>
    <message>
        <source>This participant takes part in an interview. Remove them from it first, or delete the interview.</source>
        <translation>Deze deelnemer doet mee aan een interview. Haal de deelnemer daar eerst uit, of verwijder het interview.</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Deelnemerscode</translation>
    </message>
    <message>
        <source>Made from the neighbourhood, e.g. ELS-014</source>
        <translation>Gemaakt uit de buurt, bijvoorbeeld ELS-014</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Buurt</translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation>&amp;Leeftijd</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Opmerking</translation>
    </message>
    <message>
        <source>Identifying details (optional, kept apart)</source>
        <translation>Persoonsgegevens (niet verplicht, apart bewaard)</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Naa&amp;m</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Take consent…</source>
        <translation>Toestemming &amp;vragen…</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>New partic&amp;ipant</source>
        <translation>N&amp;ieuwe deelnemer</translation>
    </message>
    <message>
        <source>&amp;Save participant</source>
        <translation>Deelnemer be&amp;waren</translation>
    </message>
    <message>
        <source>Save participant</source>
        <translation>Deelnemer bewaren</translation>
    </message>
    <message>
        <source>&amp;Delete participant</source>
        <translation>Deelnemer verwij&amp;deren</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>Moves the participant to the recycle bin</source>
        <translation>Zet de deelnemer in de prullenbak</translation>
    </message>
    <message>
        <source>Take consent</source>
        <translation>Toestemming vragen</translation>
    </message>
    <message>
        <source>Show the consent form to this participant</source>
        <translation>Laat het toestemmingsformulier aan deze deelnemer zien</translation>
    </message>
    <message>
        <source>&amp;Paper consent…</source>
        <translation>&amp;Papieren toestemming…</translation>
    </message>
    <message>
        <source>Paper consent</source>
        <translation>Papieren toestemming</translation>
    </message>
    <message>
        <source>Enter consent the participant signed on a paper form</source>
        <translation>Toestemming invoeren die de deelnemer op een papieren formulier tekende</translation>
    </message>
    <message>
        <source>Open &amp;form</source>
        <translation>&amp;Formulier openen</translation>
    </message>
    <message>
        <source>Open consent form</source>
        <translation>Toestemmingsformulier openen</translation>
    </message>
    <message>
        <source>Open the signed form as a Word document</source>
        <translation>Open het getekende formulier als Word-document</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Ter&amp;ugtrekken…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Terugtrekken</translation>
    </message>
    <message>
        <source>The participant withdraws: erase or stop use</source>
        <translation>De deelnemer trekt zich terug: wissen of niet meer gebruiken</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Withdrawn: not to be used</source>
        <translation>Teruggetrokken: niet gebruiken</translation>
    </message>
    <message>
        <source>No consent yet</source>
        <translation>Nog geen toestemming</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>op papier</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>getekend</translation>
    </message>
    <message>
        <source>{how} {date}, no recording</source>
        <translation>{how} {date}, geen opname</translation>
    </message>
    <message>
        <source>{how} {date}</source>
        <translation>{how} {date}</translation>
    </message>
    <message>
        <source>Making the consent form…</source>
        <translation>Toestemmingsformulier maken…</translation>
    </message>
    <message>
        <source>Delete {code}</source>
        <translation>{code} verwijderen</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>▶ Play</source>
        <translation>▶ Afspelen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>Play or pause (Ctrl+P)</source>
        <translation>Afspelen of pauzeren (Ctrl+P)</translation>
    </message>
    <message>
        <source>⟲ 5 s</source>
        <translation>⟲ 5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>5 seconden terug</translation>
    </message>
    <message>
        <source>Listen to the last 5 seconds again (Ctrl+B)</source>
        <translation>Luister de laatste 5 seconden opnieuw (Ctrl+B)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Slower: {slower}; normal speed: {normal}</source>
        <translation>Langzamer: {slower}; gewone snelheid: {normal}</translation>
    </message>
    <message>
        <source>&amp;Transcribe…</source>
        <translation>&amp;Uitschrijven…</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Uitschrijven</translation>
    </message>
    <message>
        <source>Write out what was said, on this computer</source>
        <translation>Schrijf uit wat er gezegd is, op deze computer</translation>
    </message>
    <message>
        <source>New &amp;segment</source>
        <translation>Nieuw &amp;stuk</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nieuw stuk</translation>
    </message>
    <message>
        <source>Start a segment of the transcript where you are listening ({keys})</source>
        <translation>Begin een stuk van het transcript waar u nu luistert ({keys})</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <source>Choose a marker to listen from there</source>
        <translation>Kies een markering om vanaf daar te luisteren</translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation>Marker toevoegen</translation>
    </message>
    <message>
        <source>Add a marker where you are listening (Ctrl+M)</source>
        <translation>Zet een marker op de plek waar u luistert (Ctrl+M)</translation>
    </message>
    <message>
        <source>Label…</source>
        <translation>Naam…</translation>
    </message>
    <message>
        <source>Label marker</source>
        <translation>Marker een naam geven</translation>
    </message>
    <message>
        <source>Give the chosen marker a label (F2)</source>
        <translation>Geef de gekozen marker een naam (F2)</translation>
    </message>
    <message>
        <source>Move here</source>
        <translation>Hierheen verplaatsen</translation>
    </message>
    <message>
        <source>Move marker here</source>
        <translation>Marker hierheen verplaatsen</translation>
    </message>
    <message>
        <source>Move the chosen marker to where you are listening</source>
        <translation>Verplaats de gekozen marker naar de plek waar u luistert</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove marker</source>
        <translation>Marker verwijderen</translation>
    </message>
    <message>
        <source>Remove the chosen marker (Delete); can be undone</source>
        <translation>Verwijder de gekozen marker (Delete); dit kan ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo remove marker</source>
        <translation>Verwijderen van marker ongedaan maken</translation>
    </message>
    <message>
        <source>Put the removed marker back</source>
        <translation>Zet de verwijderde marker terug</translation>
    </message>
    <message>
        <source>This recording is damaged: its file is missing or changed. Run &apos;veldwerk audio check&apos; to see what happened.</source>
        <translation>Deze opname is beschadigd: haar bestand ontbreekt of is veranderd. Voer &apos;veldwerk audio check&apos; uit om te zien wat er gebeurd is.</translation>
    </message>
    <message>
        <source>The sound of this recording is not on this computer: neither its file nor its compressed copy is here (a copy comes with the laptop&apos;s next bundle). Its transcript can still be read.</source>
        <translation>Het geluid van deze opname staat niet op deze computer: haar bestand noch haar verkleinde kopie is hier (een kopie komt met de volgende bundel van de laptop). Het transcript is wel te lezen.</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pauze</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Follow the computer</source>
        <translation>Zoals de computer</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>Follow the computer (light or dark)</source>
        <translation>Zoals de computer (licht of donker)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Start in &amp;story mode</source>
        <translation>Beginnen in &amp;verhaalmodus</translation>
    </message>
    <message>
        <source>Start in story mode</source>
        <translation>Beginnen in verhaalmodus</translation>
    </message>
    <message>
        <source>For co-researchers: open the step-by-step story screen when Veldwerk starts</source>
        <translation>Voor medeonderzoekers: open het stapsgewijze verhaalscherm als Veldwerk start</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Tekst&amp;grootte</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Kleuren</translation>
    </message>
    <message>
        <source>The windows are opened again with the new settings; nothing you typed is lost.</source>
        <translation>De vensters gaan opnieuw open met de nieuwe instellingen; niets van wat u typte gaat verloren.</translation>
    </message>
</context>
<context>
    <name>ProjectSetupDialog</name>
    <message>
        <source>Project settings</source>
        <translation>Projectinstellingen</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Naam van het project</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Keep data until</source>
        <translation>Gegevens bewaren tot</translation>
    </message>
    <message>
        <source>The consent forms promise to erase recordings after this date</source>
        <translation>De toestemmingsformulieren beloven dat opnamen na deze datum worden gewist</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Startdatum</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>&amp;Einddatum</translation>
    </message>
    <message>
        <source>&amp;Keep data until</source>
        <translation>&amp;Gegevens bewaren tot</translation>
    </message>
    <message>
        <source>Language of the interviews</source>
        <translation>Gesprekstaal</translation>
    </message>
    <message>
        <source>&amp;Language of the interviews</source>
        <translation>Gespreks&amp;taal</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Buurten</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Codevoorvoegsel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>May be named in exports</source>
        <translation>Mag bij naam in exports</translation>
    </message>
    <message>
        <source>Interview guides</source>
        <translation>Leidraden</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leidraad</translation>
    </message>
    <message>
        <source>Guide name</source>
        <translation>Naam van de leidraad</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Help for the interviewer</source>
        <translation>Hulp voor de interviewer</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Choices (a; b; c)</source>
        <translation>Keuzes (a; b; c)</translation>
    </message>
    <message>
        <source>New &amp;guide</source>
        <translation>Nieuwe &amp;leidraad</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>Nieuwe leidraad</translation>
    </message>
    <message>
        <source>Guide &amp;name</source>
        <translation>&amp;Naam van de leidraad</translation>
    </message>
    <message>
        <source>(new guide)</source>
        <translation>(nieuwe leidraad)</translation>
    </message>
    <message>
        <source>project settings</source>
        <translation>de projectinstellingen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Join a project</source>
        <translation>Meedoen met een project</translation>
    </message>
    <message>
        <source>Join {project} as {member}?

The coordinator&apos;s key has the fingerprint {fp}; compare it with what the coordinator tells you. Participants you add get the numbers {block}.</source>
        <translation>Meedoen met {project} als {member}?

De sleutel van de coördinator heeft de vingerafdruk {fp}; vergelijk die met wat de coördinator u vertelt. Deelnemers die u toevoegt krijgen de nummers {block}.</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Microphone</source>
        <translation>Microfoon</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Opnemen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>Start or stop recording (Ctrl+R)</source>
        <translation>Opname starten of stoppen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Pause or continue recording (Ctrl+Shift+R)</source>
        <translation>Opname pauzeren of verdergaan (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Mark moment</source>
        <translation>Belangrijk moment</translation>
    </message>
    <message>
        <source>Mark this moment in the recording (Ctrl+M)</source>
        <translation>Dit moment in de opname markeren (Ctrl+M)</translation>
    </message>
    <message>
        <source>Marked moments</source>
        <translation>Gemarkeerde momenten</translation>
    </message>
    <message>
        <source>Recording time</source>
        <translation>Opnametijd</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Geluidsniveau</translation>
    </message>
    <message>
        <source>Room for recording</source>
        <translation>Ruimte voor opnamen</translation>
    </message>
    <message>
        <source>Take consent…</source>
        <translation>Toestemming vragen…</translation>
    </message>
    <message>
        <source>Take consent</source>
        <translation>Toestemming vragen</translation>
    </message>
    <message>
        <source>Show the consent form to the participant</source>
        <translation>Laat het toestemmingsformulier aan de deelnemer zien</translation>
    </message>
    <message>
        <source>Why recording is not possible</source>
        <translation>Waarom opnemen niet kan</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one (or check that Veldwerk may use it) and open this interview again.</source>
        <translation>Er is geen microfoon gevonden. Sluit er een aan (of controleer of Veldwerk hem mag gebruiken) en open dit interview opnieuw.</translation>
    </message>
    <message>
        <source>Room for {hours} hours of recording</source>
        <translation>Ruimte voor {hours} uur opname</translation>
    </message>
    <message>
        <source>Room for {minutes} minutes of recording</source>
        <translation>Ruimte voor {minutes} minuten opname</translation>
    </message>
    <message>
        <source>The disk is almost full: {text}. Free some space; recording stops by itself, keeping everything, when it is full.</source>
        <translation>De schijf is bijna vol: {text}. Maak ruimte vrij; als de schijf vol is, stopt de opname vanzelf en blijft alles bewaard.</translation>
    </message>
    <message>
        <source>Nothing was recorded: no sound came from the microphone. Check that it is connected and switched on, then try again.</source>
        <translation>Er is niets opgenomen: er kwam geen geluid uit de microfoon. Kijk of hij is aangesloten en aanstaat, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Moment marked at {time} (important moments so far: {count})</source>
        <translation>Moment gemarkeerd bij {time} (belangrijke momenten tot nu toe: {count})</translation>
    </message>
    <message>
        <source>{message} Everything recorded so far is kept.</source>
        <translation>{message} Alles wat tot nu toe is opgenomen, blijft bewaard.</translation>
    </message>
    <message>
        <source>No sound has come in for {seconds} seconds. Is the microphone connected and switched on? Recording goes on.</source>
        <translation>Er komt al {seconds} seconden geen geluid binnen. Is de microfoon aangesloten en aangezet? De opname gaat door.</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stoppen</translation>
    </message>
    <message>
        <source>Stop, recording is running</source>
        <translation>Stoppen, de opname loopt</translation>
    </message>
    <message>
        <source>■ Stop
Recording · {time}</source>
        <translation>■ Stoppen
Opname loopt · {time}</translation>
    </message>
</context>
<context>
    <name>RecordingsList</name>
    <message>
        <source>Recordings of this interview</source>
        <translation>Opnamen van dit interview</translation>
    </message>
    <message>
        <source>Import &amp;transcript…</source>
        <translation>&amp;Transcript inlezen…</translation>
    </message>
    <message>
        <source>Read a transcript made elsewhere (SRT, WebVTT, or text with times) onto the chosen recording</source>
        <translation>Een elders gemaakt transcript (SRT, WebVTT, of tekst met tijden) bij de gekozen opname inlezen</translation>
    </message>
    <message>
        <source>Transcribe…</source>
        <translation>Uitschrijven…</translation>
    </message>
    <message>
        <source>&amp;Recordings</source>
        <translation>&amp;Opnamen</translation>
    </message>
    <message>
        <source>&amp;Import recording…</source>
        <translation>Opname &amp;inlezen…</translation>
    </message>
    <message>
        <source>Import recording</source>
        <translation>Opname inlezen</translation>
    </message>
    <message>
        <source>Add a recording made with a phone or recorder</source>
        <translation>Voeg een opname toe die met een telefoon of recorder is gemaakt</translation>
    </message>
    <message>
        <source>Enter &amp;paper consent…</source>
        <translation>&amp;Papieren toestemming invoeren…</translation>
    </message>
    <message>
        <source>Enter paper consent</source>
        <translation>Papieren toestemming invoeren</translation>
    </message>
    <message>
        <source>The participant signed a paper form: enter it, then import the recording</source>
        <translation>De deelnemer tekende een papieren formulier: voer dat in en lees dan de opname in</translation>
    </message>
    <message>
        <source> (recovered)</source>
        <translation> (hersteld)</translation>
    </message>
    <message>
        <source> – damaged: the file is missing or changed</source>
        <translation> – beschadigd: het bestand ontbreekt of is veranderd</translation>
    </message>
    <message>
        <source> – incomplete: the imported file was damaged</source>
        <translation> – onvolledig: het ingelezen bestand was beschadigd</translation>
    </message>
    <message>
        <source> (recording…)</source>
        <translation> (opname loopt…)</translation>
    </message>
    <message>
        <source>Recording {n} · {duration}</source>
        <translation>Opname {n} · {duration}</translation>
    </message>
    <message>
        <source>Write out what was said, on this computer</source>
        <translation>Schrijf uit wat er gezegd is, op deze computer</translation>
    </message>
    <message>
        <source>The sound of this recording is not on this computer (or its file is damaged): there is nothing to transcribe here.</source>
        <translation>Het geluid van deze opname staat niet op deze computer (of het bestand is beschadigd): hier valt niets uit te schrijven.</translation>
    </message>
    <message>
        <source>A recording can be imported once everyone in the interview agreed to audio. {reason}</source>
        <translation>Een opname kan worden ingelezen als iedereen in het interview toestemming gaf voor geluid. {reason}</translation>
    </message>
    <message>
        <source> Signed on paper? Enter that consent first.</source>
        <translation> Op papier getekend? Voer die toestemming dan eerst in.</translation>
    </message>
    <message>
        <source>Recordings ({patterns})</source>
        <translation>Opnamen ({patterns})</translation>
    </message>
    <message>
        <source>Import transcript</source>
        <translation>Transcript inlezen</translation>
    </message>
    <message>
        <source>Transcripts ({patterns})</source>
        <translation>Transcripten ({patterns})</translation>
    </message>
    <message>
        <source>Segments of {name} read onto the recording: {n}.</source>
        <translation>Stukken uit {name} bij de opname ingelezen: {n}.</translation>
    </message>
    <message>
        <source>Left out, as they start after its end: {n}.</source>
        <translation>Weggelaten, want ze beginnen na het einde: {n}.</translation>
    </message>
    <message>
        <source>Replace the transcript?</source>
        <translation>Het transcript vervangen?</translation>
    </message>
    <message>
        <source>This recording has a transcript already. Replace it with {name}? Every correction made to it goes.</source>
        <translation>Deze opname heeft al een transcript. Vervangen door {name}? Elke verbetering die erin gemaakt is, verdwijnt.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wordt ingelezen…</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Deleted interviews and participants stay here for {days} days. Restore brings them back as they were.</source>
        <translation>Verwijderde interviews en deelnemers blijven hier {days} dagen. Met Terugzetten komen ze terug zoals ze waren.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Verwijderd op</translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation>Verwijderde items</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Restore the selected item</source>
        <translation>Het gekozen item terugzetten</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{interviews}, {time} recorded in {recordings}, {conflicts}.</source>
        <translation>{interviews}, {time} opgenomen in {recordings}, {conflicts}.</translation>
    </message>
    <message>
        <source>By neighbourhood</source>
        <translation>Per buurt</translation>
    </message>
    <message>
        <source>By phase</source>
        <translation>Per fase</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Per soort</translation>
    </message>
    <message>
        <source>By interviewer</source>
        <translation>Per interviewer</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>Consent: {audio} with audio, {notes} notes only, {none} not yet; withdrawn: {stopped} stopped use, {erased} erased.</source>
        <translation>Toestemming: {audio} met opname, {notes} alleen aantekeningen, {none} nog niet; teruggetrokken: {stopped} gebruik gestopt, {erased} gewist.</translation>
    </message>
    <message>
        <source>{name} ({member}): {status}, {bundles}, last {when}, changes through {through}</source>
        <translation>{name} ({member}): {status}, {bundles}, laatste {when}, wijzigingen tot en met {through}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Interviews by neighbourhood</source>
        <translation>Gesprekken per buurt</translation>
    </message>
    <message>
        <source>Interviews by phase</source>
        <translation>Gesprekken per fase</translation>
    </message>
    <message>
        <source>Interviews by kind</source>
        <translation>Gesprekken per soort</translation>
    </message>
    <message>
        <source>Interviews by interviewer</source>
        <translation>Gesprekken per interviewer</translation>
    </message>
    <message>
        <source>Interviews by status</source>
        <translation>Gesprekken per status</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
    <message>
        <source>Charts cannot be drawn: this installation of Veldwerk has no matplotlib.</source>
        <translation>De grafieken kunnen niet worden getekend: deze installatie van Veldwerk heeft geen matplotlib.</translation>
    </message>
    <message>
        <source>Install it with &apos;python -m pip install matplotlib&apos;; the figures themselves are all there.</source>
        <translation>Installeer het met &apos;python -m pip install matplotlib&apos;; de cijfers zelf zijn er allemaal.</translation>
    </message>
    <message>
        <source>{n} left out for want of consent: see {file}.</source>
        <translation>{n} weggelaten bij gebrek aan toestemming: zie {file}.</translation>
    </message>
    <message>
        <source>{n} left out: their Opus copy is not here (the original is on another computer, or the copy could not be made): see {file}.</source>
        <translation>{n} weggelaten: de Opus-kopie is er niet (het origineel staat op een andere computer, of de kopie kon niet worden gemaakt): zie {file}.</translation>
    </message>
    <message>
        <source>{n} left out for want of consent: see the sheet {sheet} in {file}.</source>
        <translation>{n} weggelaten bij gebrek aan toestemming: zie het blad {sheet} in {file}.</translation>
    </message>
    <message>
        <source>Making the Opus copies of {n} first…</source>
        <translation>Eerst de Opus-kopieën maken van {n}…</translation>
    </message>
    <message>
        <source>Not in the format: {what}</source>
        <translation>Niet in het formaat: {what}</translation>
    </message>
    <message>
        <source>Left out for want of consent: {names}.</source>
        <translation>Weggelaten bij gebrek aan toestemming: {names}.</translation>
    </message>
    <message>
        <source>{flag} was given empty ({what}): give a value, or leave the flag out to keep what the project has.</source>
        <translation>{flag} is leeg gegeven ({what}): geef een waarde, of laat de optie weg om te houden wat het project heeft.</translation>
    </message>
    <message>
        <source>Consent records and forms, and who withdrew (left out on purpose).</source>
        <translation>Toestemmingen en formulieren, en wie zich terugtrok (met opzet weggelaten).</translation>
    </message>
    <message>
        <source>Interview status, place and planned time (the title, summary and variables are there).</source>
        <translation>Stand, plaats en geplande tijd van gesprekken (titel, samenvatting en variabelen staan erin).</translation>
    </message>
    <message>
        <source>Questionnaire answers&apos; types: answers are text under their question (the CSV export keeps them typed).</source>
        <translation>Het soort antwoord in vragenlijsten: antwoorden zijn tekst onder hun vraag (de CSV-export houdt het soort).</translation>
    </message>
    <message>
        <source>Recordings are Opus (.ogg) copies: ATLAS.ti, MAXQDA and NVivo need MP3 (export with MP3 audio).</source>
        <translation>Opnamen zijn Opus-kopieën (.ogg): ATLAS.ti, MAXQDA en NVivo hebben MP3 nodig (exporteer met opnamen als MP3).</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>{variable} (participant)</source>
        <translation>{variable} (deelnemer)</translation>
    </message>
    <message>
        <source>{variable} (conversation)</source>
        <translation>{variable} (gesprek)</translation>
    </message>
    <message>
        <source>Transcript of {title}</source>
        <translation>Transcript van {title}</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Vrije aantekeningen</translation>
    </message>
    <message>
        <source>No notes were written in this conversation.</source>
        <translation>In dit gesprek zijn geen aantekeningen gemaakt.</translation>
    </message>
    <message>
        <source>Recording {n}</source>
        <translation>Opname {n}</translation>
    </message>
    <message>
        <source>Its Opus copy is not here (yet).</source>
        <translation>De Opus-kopie is er (nog) niet.</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Pseudonymised research data of {name}, with consent to archiving.</source>
        <translation>Gepseudonimiseerde onderzoeksgegevens van {name}, met toestemming om te archiveren.</translation>
    </message>
    <message>
        <source>agreed to: {yes}</source>
        <translation>stemde in met: {yes}</translation>
    </message>
    <message>
        <source>not to: {no}</source>
        <translation>niet met: {no}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leidraad</translation>
    </message>
    <message>
        <source>{name} (version {v})</source>
        <translation>{name} (versie {v})</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewers</translation>
    </message>
    <message>
        <source>Tables for analysis</source>
        <translation>Tabellen voor analyse</translation>
    </message>
    <message>
        <source>Made with Veldwerk on {date}.</source>
        <translation>Gemaakt met Veldwerk op {date}.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Moments in the recordings</source>
        <translation>Momenten in de opnamen</translation>
    </message>
    <message>
        <source>{title} ({length})</source>
        <translation>{title} ({length})</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Interview in {project}</source>
        <translation>Gesprek in {project}</translation>
    </message>
    <message>
        <source>Project report</source>
        <translation>Projectrapport</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>There is no interview {id} in this project.</source>
        <translation>Er is geen interview {id} in dit project.</translation>
    </message>
    <message>
        <source>{answer} (1–5)</source>
        <translation>{answer} (1–5)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Opgenomen</translation>
    </message>
    <message>
        <source>Report of {date}</source>
        <translation>Rapport van {date}</translation>
    </message>
    <message>
        <source>In figures</source>
        <translation>In cijfers</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Opnamen</translation>
    </message>
    <message>
        <source>{audio} with audio, {notes} notes only, {none} not yet; withdrawn: {stopped} stopped use, {erased} erased</source>
        <translation>{audio} met opname, {notes} alleen aantekeningen, {none} nog niet; teruggetrokken: {stopped} gebruik gestopt, {erased} gewist</translation>
    </message>
    <message>
        <source>Not in this report</source>
        <translation>Niet in dit rapport</translation>
    </message>
    <message>
        <source>Left out because consent does not allow it:</source>
        <translation>Weggelaten omdat de toestemming het niet toelaat:</translation>
    </message>
    <message>
        <source>Interviews per neighbourhood and phase</source>
        <translation>Gesprekken per buurt en fase</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Veldwerk cannot write a {suffix} file.</source>
        <translation>Veldwerk kan geen {suffix}-bestand schrijven.</translation>
    </message>
    <message>
        <source>Choose a name that ends in one of: {formats}.</source>
        <translation>Kies een naam die eindigt op een van: {formats}.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>How long data are kept</source>
        <translation>Hoe lang gegevens worden bewaard</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Wat gewist moet worden</translation>
    </message>
    <message>
        <source>Retention date</source>
        <translation>Bewaardatum</translation>
    </message>
    <message>
        <source>Erasing is real: the files are overwritten, also in older backups, and what was erased goes to the coordinator as an erasure. It cannot be undone. Notes are kept only where everyone in the conversation agreed to archiving and nobody withdrew.</source>
        <translation>Wissen is echt: de bestanden worden overschreven, ook in oudere reservekopieën, en wat gewist is gaat als wissing naar de coördinator. Het kan niet ongedaan worden gemaakt. Aantekeningen blijven alleen bewaard als iedereen in het gesprek instemde met archivering en niemand zich terugtrok.</translation>
    </message>
    <message>
        <source>Erase raw recordings</source>
        <translation>Opnamen wissen</translation>
    </message>
    <message>
        <source>Overwrite and remove every recording (and notes without consent to archiving); cannot be undone</source>
        <translation>Overschrijf en verwijder alle opnamen (en aantekeningen zonder toestemming voor archivering); dit kan niet ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>No retention date is set. Set &apos;Keep data until&apos; in the project settings; the consent forms state it.</source>
        <translation>Er is geen bewaardatum ingesteld. Stel &apos;Gegevens bewaren tot&apos; in bij de projectinstellingen; de toestemmingsformulieren noemen die datum.</translation>
    </message>
    <message>
        <source>The project promised to keep data until {date}. That date has passed; this is due now:</source>
        <translation>Het project beloofde gegevens te bewaren tot {date}. Die datum is voorbij; dit is nu aan de beurt:</translation>
    </message>
    <message>
        <source>The project keeps data until {date} ({days} days from now); the consent forms say so. On that date this is due:</source>
        <translation>Het project bewaart gegevens tot {date} (over {days} dagen); dat staat op de toestemmingsformulieren. Op die datum is dit aan de beurt:</translation>
    </message>
    <message>
        <source>Nothing needs to be erased yet.</source>
        <translation>Er hoeft nog niets gewist te worden.</translation>
    </message>
    <message>
        <source>Raw recordings</source>
        <translation>Oorspronkelijke opnamen</translation>
    </message>
    <message>
        <source>{recordings}, {hours} hours, {size}</source>
        <translation>{recordings}, {hours} uur, {size}</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <source>Notes without consent to archiving</source>
        <translation>Aantekeningen zonder toestemming voor archivering</translation>
    </message>
    <message>
        <source>Notes with consent to archiving</source>
        <translation>Aantekeningen met toestemming voor archivering</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>bewaard</translation>
    </message>
    <message>
        <source>Erased: {n} recordings and the notes of {k} interviews.</source>
        <translation>Gewist: {n} opnamen en de aantekeningen van {k} interviews.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wissen…</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <source>Recording {n}</source>
        <translation>Opname {n}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all notes</source>
        <translation>Zoeken in alle aantekeningen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Words to find in notes, summaries, moments, tags and what was said in transcripts</source>
        <translation>Woorden om te vinden in aantekeningen, samenvattingen, momenten, labels en wat er in transcripten gezegd is</translation>
    </message>
    <message>
        <source>Words to find…</source>
        <translation>Woorden om te vinden…</translation>
    </message>
    <message>
        <source>Number of hits</source>
        <translation>Aantal gevonden</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Enter or a double click opens the interview there</source>
        <translation>Enter of dubbelklikken opent het gesprek op die plek</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Found: {n}</source>
        <translation>Gevonden: {n}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
</context>
<context>
    <name>SegmentRow</name>
    <message>
        <source>Listen from {time}</source>
        <translation>Luisteren vanaf {time}</translation>
    </message>
    <message>
        <source>Play the recording from this segment</source>
        <translation>Speel de opname af vanaf dit stuk</translation>
    </message>
    <message>
        <source>Speaker at {time}</source>
        <translation>Spreker op {time}</translation>
    </message>
    <message>
        <source>Said at {time}</source>
        <translation>Gezegd op {time}</translation>
    </message>
    <message>
        <source>Correct the text while you listen; it is saved as you type</source>
        <translation>Verbeter de tekst terwijl u luistert; hij wordt bewaard terwijl u typt</translation>
    </message>
    <message>
        <source>Remove the segment at {time}</source>
        <translation>Het stuk op {time} verwijderen</translation>
    </message>
    <message>
        <source>Remove this segment ({keys} while typing in it); can be undone</source>
        <translation>Verwijder dit stuk ({keys} terwijl u erin typt); kan ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>Speaker?</source>
        <translation>Spreker?</translation>
    </message>
    <message>
        <source>Playing now</source>
        <translation>Wordt nu afgespeeld</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Give the guide a name.</source>
        <translation>Geef de leidraad een naam.</translation>
    </message>
    <message>
        <source>A guide needs at least one topic. Add a topic with a title.</source>
        <translation>Een leidraad heeft minstens één onderwerp nodig. Voeg een onderwerp met een titel toe.</translation>
    </message>
    <message>
        <source>The question {title} needs at least two choices.</source>
        <translation>De vraag {title} heeft minstens twee keuzes nodig.</translation>
    </message>
    <message>
        <source>it is not plain text (UTF-8)</source>
        <translation>het is geen platte tekst (UTF-8)</translation>
    </message>
    <message>
        <source>line {number} has no title before the colon</source>
        <translation>regel {number} heeft geen titel voor de dubbele punt</translation>
    </message>
    <message>
        <source>it is not valid JSON ({detail})</source>
        <translation>het is geen geldige JSON ({detail})</translation>
    </message>
    <message>
        <source>the kind must be one of {kinds}</source>
        <translation>de soort moet een van deze zijn: {kinds}</translation>
    </message>
    <message>
        <source>it must hold a list of topics, or an object with &quot;topics&quot;</source>
        <translation>het moet een lijst van onderwerpen zijn, of een object met &quot;topics&quot;</translation>
    </message>
    <message>
        <source>topic {number}</source>
        <translation>onderwerp {number}</translation>
    </message>
    <message>
        <source>{where} has no title</source>
        <translation>{where} heeft geen titel</translation>
    </message>
    <message>
        <source>{where} has a field {field} (known are: {known})</source>
        <translation>{where} heeft een veld {field} (bekend zijn: {known})</translation>
    </message>
    <message>
        <source>{where}: the answer type must be one of {types}</source>
        <translation>{where}: het soort antwoord moet een van deze zijn: {types}</translation>
    </message>
    <message>
        <source>{where}: choices must be a list of texts</source>
        <translation>{where}: choices moet een lijst van teksten zijn</translation>
    </message>
    <message>
        <source>{field} must be text</source>
        <translation>{field} moet tekst zijn</translation>
    </message>
    <message>
        <source>The guide {path} cannot be read: {reason}.</source>
        <translation>De leidraad {path} is niet te lezen: {reason}.</translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation>Geef het project een naam.</translation>
    </message>
    <message>
        <source>There is already a project called {name}.</source>
        <translation>Er is al een project met de naam {name}.</translation>
    </message>
    <message>
        <source>The end date is before the start.</source>
        <translation>De einddatum ligt voor de startdatum.</translation>
    </message>
    <message>
        <source>The team database {url} already holds the project {name}.</source>
        <translation>De teamdatabase {url} bevat al het project {name}.</translation>
    </message>
    <message>
        <source>{language} is not a language Veldwerk knows; choose one of {known}.</source>
        <translation>{language} is geen taal die Veldwerk kent; kies uit {known}.</translation>
    </message>
    <message>
        <source>Data must be kept at least until the project ends.</source>
        <translation>Gegevens moeten minstens tot het einde van het project bewaard blijven.</translation>
    </message>
    <message>
        <source>{name} appears twice.</source>
        <translation>{name} staat er twee keer in.</translation>
    </message>
    <message>
        <source>The code prefix {prefix} may hold only letters and digits (at most 8).</source>
        <translation>Het codevoorvoegsel {prefix} mag alleen letters en cijfers bevatten (hoogstens 8).</translation>
    </message>
    <message>
        <source>Two neighbourhoods share the code prefix {prefix}.</source>
        <translation>Twee buurten hebben hetzelfde codevoorvoegsel {prefix}.</translation>
    </message>
    <message>
        <source>{name} has the role {role}, which Veldwerk does not know. Choose one of: {roles}.</source>
        <translation>{name} heeft de rol {role}, die Veldwerk niet kent. Kies een van: {roles}.</translation>
    </message>
    <message>
        <source>{name} is still used by interviews or participants and cannot be removed.</source>
        <translation>{name} wordt nog gebruikt door interviews of deelnemers en kan niet worden weggehaald.</translation>
    </message>
</context>
<context>
    <name>ShareLogins</name>
    <message>
        <source>The laptops deliver to a share with their own login. You read the share with yours: give its login name and app password once. The password stays in this computer&apos;s keyring (commands take it from VELDWERK_WEBDAV_PASSWORD).</source>
        <translation>De laptops leveren af in een gedeelde map met hun eigen login. U leest die map met uw eigen login: geef de loginnaam en het app-wachtwoord één keer op. Het wachtwoord blijft in de sleutelhanger van deze computer (opdrachten nemen het uit VELDWERK_WEBDAV_PASSWORD).</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Gedeelde map</translation>
    </message>
    <message>
        <source>Your login name on the share</source>
        <translation>Uw loginnaam voor de gedeelde map</translation>
    </message>
    <message>
        <source>Your app password for the share</source>
        <translation>Uw app-wachtwoord voor de gedeelde map</translation>
    </message>
    <message>
        <source>Save &amp;login</source>
        <translation>Login &amp;bewaren</translation>
    </message>
    <message>
        <source>Save login</source>
        <translation>Login bewaren</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Gedeelde map</translation>
    </message>
    <message>
        <source>Your login &amp;name</source>
        <translation>Uw login&amp;naam</translation>
    </message>
    <message>
        <source>Your app pass&amp;word</source>
        <translation>Uw app-&amp;wachtwoord</translation>
    </message>
    <message>
        <source>No member delivers to a share yet: make a project file with a WebDAV share first.</source>
        <translation>Nog geen teamlid levert af in een gedeelde map: maak eerst een projectbestand met een WebDAV-map.</translation>
    </message>
    <message>
        <source>You read {place} as {user}.</source>
        <translation>U leest {place} als {user}.</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>uw login</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a finger or a pen</source>
        <translation>Teken hier met de muis, een vinger of een pen</translation>
    </message>
    <message>
        <source>Sign above the line</source>
        <translation>Teken boven de lijn</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Welcome to Veldwerk</source>
        <translation>Welkom bij Veldwerk</translation>
    </message>
    <message>
        <source>Choose a project to work on, try the demo project, or start a new one.</source>
        <translation>Kies een project om aan te werken, probeer het demoproject, of begin een nieuw project.</translation>
    </message>
    <message>
        <source>Projects on this computer</source>
        <translation>Projecten op deze computer</translation>
    </message>
    <message>
        <source>No projects on this computer yet. Try the demo project, start a new one, or join your team&apos;s project with the file your coordinator gave you.</source>
        <translation>Nog geen projecten op deze computer. Probeer het demoproject, begin een nieuw project, of sluit aan bij het project van uw team met het bestand dat u van uw coördinator kreeg.</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>Project &amp;openen</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>Het &amp;demoproject openen</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Het demoproject openen</translation>
    </message>
    <message>
        <source>A practice project with made-up interviews</source>
        <translation>Een oefenproject met verzonnen interviews</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>&amp;Join a project from a file…</source>
        <translation>&amp;Meedoen met een project uit een bestand…</translation>
    </message>
    <message>
        <source>Join a project from a file</source>
        <translation>Meedoen met een project uit een bestand</translation>
    </message>
    <message>
        <source>Open the project file your coordinator gave you</source>
        <translation>Open het projectbestand dat u van uw coördinator kreeg</translation>
    </message>
    <message>
        <source>In a team? Join with the project file your coordinator gave you.</source>
        <translation>In een team? Doe mee met het projectbestand van uw coördinator.</translation>
    </message>
    <message>
        <source>Join a project</source>
        <translation>Meedoen met een project</translation>
    </message>
    <message>
        <source>Veldwerk project (*.veldwerkproject);;All files (*)</source>
        <translation>Veldwerk-project (*.veldwerkproject);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Joining the project…</source>
        <translation>U wordt aangesloten bij het project…</translation>
    </message>
    <message>
        <source>{name} (damaged)</source>
        <translation>{name} (beschadigd)</translation>
    </message>
    <message>
        <source>Preparing the demo project…</source>
        <translation>Het demoproject wordt klaargezet…</translation>
    </message>
</context>
<context>
    <name>StoryWindow</name>
    <message>
        <source>Veldwerk – tell a story</source>
        <translation>Veldwerk – een verhaal opnemen</translation>
    </message>
    <message>
        <source>Full app</source>
        <translation>Volledige app</translation>
    </message>
    <message>
        <source>Open the complete Veldwerk window</source>
        <translation>Open het volledige Veldwerk-venster</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Who tells the story</source>
        <translation>Wie het verhaal vertelt</translation>
    </message>
    <message>
        <source>Who tells the story?</source>
        <translation>Wie vertelt het verhaal?</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Ik ben</translation>
    </message>
    <message>
        <source>The co-researcher recording</source>
        <translation>De medeonderzoeker die opneemt</translation>
    </message>
    <message>
        <source>(choose your name)</source>
        <translation>(kies uw naam)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Choose the person who tells the story</source>
        <translation>Kies de persoon die het verhaal vertelt</translation>
    </message>
    <message>
        <source>Nobody here yet. Type the name of the person who tells the story below, and add them.</source>
        <translation>Hier staat nog niemand. Typ hieronder de naam van wie het verhaal vertelt, en voeg die toe.</translation>
    </message>
    <message>
        <source>Someone new? Type their name and add them:</source>
        <translation>Iemand nieuw? Typ de naam en voeg de persoon toe:</translation>
    </message>
    <message>
        <source>Name of a new person</source>
        <translation>Naam van een nieuwe persoon</translation>
    </message>
    <message>
        <source>Optional; kept apart from the story</source>
        <translation>Niet verplicht; wordt apart van het verhaal bewaard</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Naam (niet verplicht)</translation>
    </message>
    <message>
        <source>Neighbourhood of the new person</source>
        <translation>Buurt van de nieuwe persoon</translation>
    </message>
    <message>
        <source>Their code comes from the neighbourhood</source>
        <translation>De code komt van de buurt</translation>
    </message>
    <message>
        <source>(choose the neighbourhood)</source>
        <translation>(kies de buurt)</translation>
    </message>
    <message>
        <source>&amp;Add this person</source>
        <translation>Deze persoon &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Verder →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>Ik ben:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Ask for &amp;consent</source>
        <translation>T&amp;oestemming vragen</translation>
    </message>
    <message>
        <source>Ask for consent</source>
        <translation>Toestemming vragen</translation>
    </message>
    <message>
        <source>Show the consent form to the person</source>
        <translation>Laat het toestemmingsformulier aan de persoon zien</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Terug</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Press the big button to start. Press “Mark moment” when something important is said. Press the big button again to stop.</source>
        <translation>Druk op de grote knop om te beginnen. Druk op “Belangrijk moment” als er iets belangrijks wordt gezegd. Druk nog een keer op de grote knop om te stoppen.</translation>
    </message>
    <message>
        <source>The story is saved</source>
        <translation>Het verhaal is bewaard</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>Wat er is bewaard</translation>
    </message>
    <message>
        <source>Record &amp;another story</source>
        <translation>&amp;Nog een verhaal opnemen</translation>
    </message>
    <message>
        <source>Record another story</source>
        <translation>Nog een verhaal opnemen</translation>
    </message>
    <message>
        <source>&amp;Continue this story</source>
        <translation>Dit verhaal &amp;verder opnemen</translation>
    </message>
    <message>
        <source>Continue this story</source>
        <translation>Dit verhaal verder opnemen</translation>
    </message>
    <message>
        <source>Record more of the same story</source>
        <translation>Neem meer van hetzelfde verhaal op</translation>
    </message>
    <message>
        <source>Step 1 of 3: who tells the story</source>
        <translation>Stap 1 van 3: wie vertelt het verhaal</translation>
    </message>
    <message>
        <source>Step 2 of 3: consent</source>
        <translation>Stap 2 van 3: toestemming</translation>
    </message>
    <message>
        <source>Step 3 of 3: record</source>
        <translation>Stap 3 van 3: opnemen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Story of: {who}</source>
        <translation>Verhaal van: {who}</translation>
    </message>
    <message>
        <source>Choose the neighbourhood where the new person lives; their code comes from it.</source>
        <translation>Kies de buurt waar de nieuwe persoon woont; de code komt van de buurt.</translation>
    </message>
    <message>
        <source>Choose a person, or add a new one.</source>
        <translation>Kies een persoon, of voeg een nieuwe toe.</translation>
    </message>
    <message>
        <source>Choose your own name under “I am”.</source>
        <translation>Kies uw eigen naam bij “Ik ben”.</translation>
    </message>
    <message>
        <source>{who} has agreed to the recording. You can go on.</source>
        <translation>{who} heeft toestemming gegeven voor de opname. U kunt verder.</translation>
    </message>
    <message>
        <source>{who} did not agree to a recording. Ask again, or write the story down in the full app.</source>
        <translation>{who} gaf geen toestemming voor een opname. Vraag het opnieuw, of schrijf het verhaal op in de volledige app.</translation>
    </message>
    <message>
        <source>First ask {who} for consent: show the form and let them sign or say yes.</source>
        <translation>Vraag eerst toestemming aan {who}: laat het formulier zien en laat tekenen of ja zeggen.</translation>
    </message>
    <message>
        <source>The story is kept on this laptop.</source>
        <translation>Het verhaal is bewaard op deze laptop.</translation>
    </message>
    <message>
        <source>The story is kept on this laptop. It goes to the coordinator by itself as soon as there is internet.</source>
        <translation>Het verhaal is bewaard op deze laptop. Het gaat vanzelf naar de coördinator zodra er internet is.</translation>
    </message>
    <message>
        <source>The story is kept on this laptop. It goes to the coordinator by itself the next time the laptop sends its work.</source>
        <translation>Het verhaal is bewaard op deze laptop. Het gaat vanzelf naar de coördinator als de laptop de volgende keer het werk verstuurt.</translation>
    </message>
    <message>
        <source>Length: {time}. Important moments marked: {marks}.</source>
        <translation>Lengte: {time}. Belangrijke momenten gemarkeerd: {marks}.</translation>
    </message>
    <message>
        <source>The recording is running</source>
        <translation>De opname loopt</translation>
    </message>
    <message>
        <source>The recording is still running. Do you want to stop it?</source>
        <translation>De opname loopt nog. Wilt u stoppen?</translation>
    </message>
    <message>
        <source>If you stop, everything recorded is kept.</source>
        <translation>Als u stopt, blijft alles wat is opgenomen bewaard.</translation>
    </message>
    <message>
        <source>&amp;Keep recording</source>
        <translation>&amp;Doorgaan met opnemen</translation>
    </message>
    <message>
        <source>&amp;Stop and keep the story</source>
        <translation>&amp;Stoppen en het verhaal bewaren</translation>
    </message>
    <message>
        <source>Story {code}</source>
        <translation>Verhaal {code}</translation>
    </message>
    <message>
        <source>the story</source>
        <translation>het verhaal</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The file {name} is damaged on this laptop (its content no longer matches its name).</source>
        <translation>Het bestand {name} is op deze laptop beschadigd (de inhoud past niet meer bij de naam).</translation>
    </message>
    <message>
        <source>Run &apos;veldwerk audio check&apos;; nothing was sent.</source>
        <translation>Voer &apos;veldwerk audio check&apos; uit; er is niets verstuurd.</translation>
    </message>
    <message>
        <source>This bundle is damaged or not genuine: {why}.</source>
        <translation>Deze bundel is beschadigd of niet echt: {why}.</translation>
    </message>
    <message>
        <source>it holds a link or a device ({name})</source>
        <translation>er zit een koppeling of apparaat in ({name})</translation>
    </message>
    <message>
        <source>a file would land outside the bundle ({name})</source>
        <translation>een bestand zou buiten de bundel terechtkomen ({name})</translation>
    </message>
    <message>
        <source>it holds more than one bag</source>
        <translation>er zit meer dan één bag in</translation>
    </message>
    <message>
        <source>it is larger than it says</source>
        <translation>hij is groter dan hij zegt</translation>
    </message>
    <message>
        <source>the archive inside is broken ({detail})</source>
        <translation>het archief erin is kapot ({detail})</translation>
    </message>
    <message>
        <source>bag-info.txt is not UTF-8</source>
        <translation>bag-info.txt is geen UTF-8</translation>
    </message>
    <message>
        <source>Nothing was taken from it. Its laptop, if let in, is told with its next receipt, and sends its own copy again if this one was changed on the way.</source>
        <translation>Er is niets uit overgenomen. Zijn laptop hoort het, als die is toegelaten, met het volgende ontvangstbewijs en stuurt zijn eigen kopie opnieuw als deze onderweg veranderd is.</translation>
    </message>
    <message>
        <source>it holds more than {n} files</source>
        <translation>hij bevat meer dan {n} bestanden</translation>
    </message>
    <message>
        <source>a file appears twice</source>
        <translation>een bestand komt twee keer voor</translation>
    </message>
    <message>
        <source>a file in it is larger than Veldwerk takes ({name})</source>
        <translation>een bestand erin is groter dan Veldwerk aanneemt ({name})</translation>
    </message>
    <message>
        <source>{name} is larger than Veldwerk takes</source>
        <translation>{name} is groter dan Veldwerk aanneemt</translation>
    </message>
    <message>
        <source>it holds a file outside data/ that no manifest lists ({name})</source>
        <translation>hij bevat een bestand buiten data/ dat in geen manifest staat ({name})</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>hij is leeg</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>{name} ontbreekt</translation>
    </message>
    <message>
        <source>it is not a BagIt 1.0 bag</source>
        <translation>het is geen BagIt 1.0-bag</translation>
    </message>
    <message>
        <source>the signature is unreadable</source>
        <translation>de handtekening is onleesbaar</translation>
    </message>
    <message>
        <source>the tag manifest lists other files</source>
        <translation>het tagmanifest noemt andere bestanden</translation>
    </message>
    <message>
        <source>{name} was changed</source>
        <translation>{name} is veranderd</translation>
    </message>
    <message>
        <source>files were added or removed</source>
        <translation>er zijn bestanden toegevoegd of weggehaald</translation>
    </message>
    <message>
        <source>a manifest is not UTF-8</source>
        <translation>een manifest is geen UTF-8</translation>
    </message>
    <message>
        <source>a manifest line is unreadable</source>
        <translation>een regel van het manifest is onleesbaar</translation>
    </message>
    <message>
        <source>A passphrase is needed and there is nobody to ask.</source>
        <translation>Er is een wachtwoordzin nodig en er is niemand om het te vragen.</translation>
    </message>
    <message>
        <source>Run it in a terminal, or give it in {env}.</source>
        <translation>Voer het uit in een terminal, of geef hem op in {env}.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dezelfde wachtwoordzin nog eens: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was made.</source>
        <translation>De twee wachtwoordzinnen verschillen; er is niets gemaakt.</translation>
    </message>
    <message>
        <source>No keys were made. Choose a sheet file in a folder that exists (or --sheet - to print it) and run it again.</source>
        <translation>Er zijn geen sleutels gemaakt. Kies een bestand voor het herstelblad in een map die bestaat (of --sheet - om het af te drukken) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Keys made: {path}</source>
        <translation>Sleutels gemaakt: {path}</translation>
    </message>
    <message>
        <source>Public key for bundles: {key}</source>
        <translation>Openbare sleutel voor bundels: {key}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fp}</source>
        <translation>Vingerafdruk van de ondertekensleutel: {fp}</translation>
    </message>
    <message>
        <source>{path} exists already; keys are never written over other keys.</source>
        <translation>{path} bestaat al; sleutels worden nooit over andere sleutels heen geschreven.</translation>
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation>{path} kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>not chosen yet (bundles can go to a folder or USB stick by hand)</source>
        <translation>nog niet gekozen (bundels kunnen met de hand naar een map of USB-stick)</translation>
    </message>
    <message>
        <source>Project file for {member}: {path}</source>
        <translation>Projectbestand voor {member}: {path}</translation>
    </message>
    <message>
        <source>Participant numbers {block}; bundles go to {where}.</source>
        <translation>Deelnemersnummers {block}; bundels gaan naar {where}.</translation>
    </message>
    <message>
        <source>Brought up to date</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Aangesloten</translation>
    </message>
    <message>
        <source>{verb}: {name}, as {member}. This laptop gives out participant numbers {block}.</source>
        <translation>{verb}: {name}, als {member}. Deze laptop geeft de deelnemersnummers {block} uit.</translation>
    </message>
    <message>
        <source>This laptop has no key yet: it gets one when it joins a project from a coordinator&apos;s project file.</source>
        <translation>Deze laptop heeft nog geen sleutel: die komt er als de laptop zich aansluit bij een project met het projectbestand van een coördinator.</translation>
    </message>
    <message>
        <source>This laptop&apos;s key: {fp}. Your coordinator approves this laptop by comparing it with what their Inbox shows.</source>
        <translation>Sleutel van deze laptop: {fp}. Uw coördinator keurt deze laptop goed door hem te vergelijken met wat de Inbox laat zien.</translation>
    </message>
    <message>
        <source>This laptop is called {name}.</source>
        <translation>Deze laptop heet {name}.</translation>
    </message>
    <message>
        <source>Bundle {file}: {entries}, {media}, {size}</source>
        <translation>Bundel {file}: {entries}, {media}, {size}</translation>
    </message>
    <message>
        <source>Copied to {folder}: {bundles}.</source>
        <translation>Gekopieerd naar {folder}: {bundles}.</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>Niets nieuws om te versturen.</translation>
    </message>
    <message>
        <source>No new recovery sheet was written: the one you typed it from still serves.</source>
        <translation>Er is geen nieuw herstelblad geschreven: het blad waarvan u overtypte blijft geldig.</translation>
    </message>
    <message>
        <source>The recovery sheet is above; no copy of it was written to disk. Print it and keep the page locked away.</source>
        <translation>Het herstelblad staat hierboven; er is geen kopie van op schijf geschreven. Druk het af en bewaar het blad achter slot.</translation>
    </message>
    <message>
        <source>The recovery sheet is in {sheet} (readable by you only): it holds both secret keys in plain text. Print it, keep the page locked away, then delete the file.</source>
        <translation>Het herstelblad staat in {sheet} (alleen door u te lezen): het bevat beide geheime sleutels als leesbare tekst. Druk het af, bewaar het blad achter slot en verwijder dan het bestand.</translation>
    </message>
    <message>
        <source>{name} is not a Veldwerk bundle (not an age file).</source>
        <translation>{name} is geen Veldwerk-bundel (geen age-bestand).</translation>
    </message>
    <message>
        <source>{name}: an encrypted bundle of {size}. Only the coordinator can open it (--identity KEYFILE).</source>
        <translation>{name}: een versleutelde bundel van {size}. Alleen de coördinator kan hem openen (--identity SLEUTELBESTAND).</translation>
    </message>
    <message>
        <source>Bundle {id}: signature and every checksum are correct.</source>
        <translation>Bundel {id}: de handtekening en alle controlesommen kloppen.</translation>
    </message>
    <message>
        <source>Project {project}; laptop {device} (key {fp}); member {member}.</source>
        <translation>Project {project}; laptop {device} (sleutel {fp}); teamlid {member}.</translation>
    </message>
    <message>
        <source>Changes {after}–{through} ({n} entries: {ops}); {m} media files; part {part}.</source>
        <translation>Wijzigingen {after}–{through} ({n} regels: {ops}); {m} mediabestanden; deel {part}.</translation>
    </message>
    <message>
        <source>No bundles yet: the outbox fills when this laptop delivers its work (veldwerk sync, or Sync now in the app).</source>
        <translation>Nog geen bundels: de uitgaande bundels komen er als deze laptop het werk aflevert (veldwerk sync, of Nu versturen in de app).</translation>
    </message>
    <message>
        <source>This project was not joined from a coordinator&apos;s project file, so there is nobody to send bundles to.</source>
        <translation>Bij dit project is niet aangesloten met een projectbestand van een coördinator, dus er is niemand om bundels naar te sturen.</translation>
    </message>
    <message>
        <source>Join the project with the file your coordinator sent (Start › Join a project).</source>
        <translation>Sluit aan bij het project met het bestand dat uw coördinator stuurde (Start › Aansluiten bij een project).</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>de bundel</translation>
    </message>
    <message>
        <source>The file {name} went missing before it could be sent.</source>
        <translation>Het bestand {name} is verdwenen voordat het kon worden verstuurd.</translation>
    </message>
    <message>
        <source>Run &apos;veldwerk audio check&apos;. The bundle is made again next time.</source>
        <translation>Voer &apos;veldwerk audio check&apos; uit. De bundel wordt de volgende keer opnieuw gemaakt.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {folder}: {detail}.</source>
        <translation>De bundel kon niet worden weggeschreven in {folder}: {detail}.</translation>
    </message>
    <message>
        <source>Free some disk space; nothing was lost and the bundle is made again next time.</source>
        <translation>Maak wat schijfruimte vrij; er is niets verloren en de bundel wordt de volgende keer opnieuw gemaakt.</translation>
    </message>
    <message>
        <source>This is not a Veldwerk signing key: {value}.</source>
        <translation>Dit is geen ondertekensleutel van Veldwerk: {value}.</translation>
    </message>
    <message>
        <source>The signing key is not complete or mistyped.</source>
        <translation>De ondertekensleutel is niet compleet of verkeerd overgetypt.</translation>
    </message>
    <message>
        <source>Check it letter by letter against the recovery sheet.</source>
        <translation>Controleer hem letter voor letter met het herstelvel.</translation>
    </message>
    <message>
        <source>{what} is not signed by the key it names: it was changed after it was made, or made by someone else.</source>
        <translation>{what} is niet ondertekend met de sleutel die erin staat: het is veranderd nadat het gemaakt is, of door iemand anders gemaakt.</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask for a new copy.</source>
        <translation>Er is niets veranderd. Vraag om een nieuw exemplaar.</translation>
    </message>
    <message>
        <source>This is not an age public key: {value}.</source>
        <translation>Dit is geen openbare age-sleutel: {value}.</translation>
    </message>
    <message>
        <source>An age public key starts with age1.</source>
        <translation>Een openbare age-sleutel begint met age1.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least {n} characters, for example four words.</source>
        <translation>De wachtwoordzin is te kort: gebruik minstens {n} tekens, bijvoorbeeld vier woorden.</translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation>Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>The key file could not be written to {path}: {detail}; no keys were made.</source>
        <translation>Het sleutelbestand kon niet naar {path} geschreven worden: {detail}; er zijn geen sleutels gemaakt.</translation>
    </message>
    <message>
        <source>Choose a folder that exists and that you may write in.</source>
        <translation>Kies een map die bestaat en waarin u mag schrijven.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {detail}.</source>
        <translation>Het sleutelbestand {path} kan niet worden gelezen: {detail}.</translation>
    </message>
    <message>
        <source>The passphrase does not open {path}.</source>
        <translation>De wachtwoordzin opent {path} niet.</translation>
    </message>
    <message>
        <source>{path} is not a Veldwerk key file.</source>
        <translation>{path} is geen sleutelbestand van Veldwerk.</translation>
    </message>
    <message>
        <source>The key file is the one made with the project&apos;s keys (Make keys…, or veldwerk keys new --out FILE); a project file or a bundle is not it.</source>
        <translation>Het sleutelbestand is het bestand dat met de sleutels van het project is gemaakt (Sleutels maken…, of veldwerk keys new --out BESTAND); een projectbestand of een bundel is het niet.</translation>
    </message>
    <message>
        <source>Check the passphrase (capitals count). Lost it? Make the key file again from the recovery sheet: veldwerk keys restore.</source>
        <translation>Controleer de wachtzin (hoofdletters tellen mee). Kwijt? Maak het sleutelbestand opnieuw van het herstelvel: veldwerk keys restore.</translation>
    </message>
    <message>
        <source>Veldwerk: the coordinator&apos;s keys (recovery sheet)</source>
        <translation>Veldwerk: de sleutels van de coördinator (herstelvel)</translation>
    </message>
    <message>
        <source>Made on {date}. Keep this page locked away; whoever has it can read every bundle of the project.</source>
        <translation>Gemaakt op {date}. Berg dit vel achter slot en grendel op; wie het heeft, kan elke bundel van het project lezen.</translation>
    </message>
    <message>
        <source>Secret key for bundles (age):</source>
        <translation>Geheime sleutel voor bundels (age):</translation>
    </message>
    <message>
        <source>Secret signing key:</source>
        <translation>Geheime ondertekensleutel:</translation>
    </message>
    <message>
        <source>Public keys (these are in every project file):</source>
        <translation>Openbare sleutels (deze staan in elk projectbestand):</translation>
    </message>
    <message>
        <source>Fingerprint: {fp}</source>
        <translation>Vingerafdruk: {fp}</translation>
    </message>
    <message>
        <source>To make the key file again: veldwerk keys restore --sheet THIS-PAGE.txt --out NEW-FILE (type the two secret lines into a text file).</source>
        <translation>Het sleutelbestand opnieuw maken: veldwerk keys restore --sheet DIT-VEL.txt --out NIEUW-BESTAND (typ de twee geheime regels over in een tekstbestand).</translation>
    </message>
    <message>
        <source>The age key also opens bundles without Veldwerk: age -d -i KEY.txt BUNDLE.age &gt; BUNDLE.tar</source>
        <translation>De age-sleutel opent bundels ook zonder Veldwerk: age -d -i SLEUTEL.txt BUNDEL.age &gt; BUNDEL.tar</translation>
    </message>
    <message>
        <source>The sheet needs both secret lines: the one starting with AGE-SECRET-KEY-1 and the one starting with {prefix}.</source>
        <translation>Het vel moet beide geheime regels bevatten: die met AGE-SECRET-KEY-1 en die met {prefix}.</translation>
    </message>
    <message>
        <source>The age secret key is not complete or mistyped.</source>
        <translation>De geheime age-sleutel is niet compleet of verkeerd overgetypt.</translation>
    </message>
    <message>
        <source>{path} exists already; a recovery sheet is never written over another file.</source>
        <translation>{path} bestaat al; een herstelblad wordt nooit over een ander bestand geschreven.</translation>
    </message>
    <message>
        <source>The recovery sheet could not be written to {path}: {detail}.</source>
        <translation>Het herstelblad kon niet naar {path} geschreven worden: {detail}.</translation>
    </message>
    <message>
        <source>it was sealed for another laptop</source>
        <translation>het was versleuteld voor een andere laptop</translation>
    </message>
    <message>
        <source>{name} is damaged or was changed after it was made (age found its content does not match).</source>
        <translation>{name} is beschadigd of veranderd nadat hij gemaakt is (age vond dat de inhoud niet klopt).</translation>
    </message>
    <message>
        <source>The bundle could not be unpacked: {detail}.</source>
        <translation>De bundel kon niet worden uitgepakt: {detail}.</translation>
    </message>
    <message>
        <source>Free some disk space; it is tried again by itself.</source>
        <translation>Maak wat schijfruimte vrij; hij wordt vanzelf opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>{name} cannot be opened with this key: it was made for another coordinator or is damaged ({detail}).</source>
        <translation>{name} kan met deze sleutel niet worden geopend: hij is voor een andere coördinator gemaakt of beschadigd ({detail}).</translation>
    </message>
    <message>
        <source>Nothing was taken from it.</source>
        <translation>Er is niets uit overgenomen.</translation>
    </message>
    <message>
        <source>Veldwerk-Schema is not a schema revision</source>
        <translation>Veldwerk-Schema is geen schemaversie</translation>
    </message>
    <message>
        <source>{name} was made by a newer Veldwerk ({schema}).</source>
        <translation>{name} is gemaakt door een nieuwere Veldwerk ({schema}).</translation>
    </message>
    <message>
        <source>Update Veldwerk; it is tried again by itself after that.</source>
        <translation>Werk Veldwerk bij; daarna wordt hij vanzelf opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The bundle does not say which laptop signed it.</source>
        <translation>De bundel zegt niet welke laptop hem ondertekende.</translation>
    </message>
    <message>
        <source>There is no team member called {name} in this project; add them to the team first (Project › Team).</source>
        <translation>Er is geen teamlid {name} in dit project; voeg die eerst toe aan het team (Project › Team).</translation>
    </message>
    <message>
        <source>This project has no consent form yet, so a laptop could not take consent or record.</source>
        <translation>Dit project heeft nog geen toestemmingsformulier, dus een laptop zou geen toestemming kunnen vastleggen of opnemen.</translation>
    </message>
    <message>
        <source>Set the date until which data are kept (Project › Project settings, or veldwerk project retention DATE); the project then gets the plain-language form. Then make the project file again.</source>
        <translation>Kies tot wanneer de gegevens bewaard blijven (Project › Projectinstellingen, of veldwerk project retention DATUM); het project krijgt dan het formulier in eenvoudige taal. Maak daarna het projectbestand opnieuw.</translation>
    </message>
    <message>
        <source>This laptop joined the project; only the coordinator&apos;s copy makes project files.</source>
        <translation>Deze laptop is bij het project aangesloten; alleen het exemplaar van de coördinator maakt projectbestanden.</translation>
    </message>
    <message>
        <source>These are not the keys this project&apos;s members were given (fingerprint {fp}).</source>
        <translation>Dit zijn niet de sleutels die de teamleden van dit project kregen (vingerafdruk {fp}).</translation>
    </message>
    <message>
        <source>Use the key file made for this project.</source>
        <translation>Gebruik het sleutelbestand dat voor dit project is gemaakt.</translation>
    </message>
    <message>
        <source>the project file</source>
        <translation>het projectbestand</translation>
    </message>
    <message>
        <source>{name} is not a usable Veldwerk project file: {why}.</source>
        <translation>{name} is geen bruikbaar projectbestand van Veldwerk: {why}.</translation>
    </message>
    <message>
        <source>Ask the coordinator to send it again. Nothing was changed.</source>
        <translation>Vraag de coördinator het opnieuw te sturen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>het is veel te groot</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}.</source>
        <translation>{path} kan niet worden gelezen: {detail}.</translation>
    </message>
    <message>
        <source>it is not a project file, or it was cut short</source>
        <translation>het is geen projectbestand, of het is afgebroken</translation>
    </message>
    <message>
        <source>it is another kind of file</source>
        <translation>het is een ander soort bestand</translation>
    </message>
    <message>
        <source>parts are missing</source>
        <translation>er ontbreken delen</translation>
    </message>
    <message>
        <source>{name} was made by a newer Veldwerk.</source>
        <translation>{name} is gemaakt door een nieuwere Veldwerk.</translation>
    </message>
    <message>
        <source>Update Veldwerk on this laptop, then join again.</source>
        <translation>Werk Veldwerk op deze laptop bij en sluit dan opnieuw aan.</translation>
    </message>
    <message>
        <source>joining</source>
        <translation>het aansluiten</translation>
    </message>
    <message>
        <source>The project {name} is on this laptop already and was not joined from a project file (it was made here).</source>
        <translation>Het project {name} staat al op deze laptop en is niet met een projectbestand aangesloten (het is hier gemaakt).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>This project file is signed with another key than the one this laptop joined with.</source>
        <translation>Dit projectbestand is ondertekend met een andere sleutel dan die waarmee deze laptop aansloot.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check with the coordinator that the file is theirs.</source>
        <translation>Er is niets veranderd. Vraag de coördinator of het bestand van hem of haar komt.</translation>
    </message>
    <message>
        <source>This laptop joined the project as {joined}; this project file is for {member}.</source>
        <translation>Deze laptop sloot aan als {joined}; dit projectbestand is voor {member}.</translation>
    </message>
    <message>
        <source>Nothing was changed. Use the file made for {joined}.</source>
        <translation>Er is niets veranderd. Gebruik het bestand dat voor {joined} is gemaakt.</translation>
    </message>
    <message>
        <source>This project file is older than the one this laptop already has.</source>
        <translation>Dit projectbestand is ouder dan het bestand dat deze laptop al heeft.</translation>
    </message>
    <message>
        <source>The project file holds rows of {table}, which only the coordinator&apos;s tables may be.</source>
        <translation>Het projectbestand bevat regels van {table}; het mag alleen de tabellen van de coördinator bevatten.</translation>
    </message>
    <message>
        <source>Unknown table {name}: the file was made by a newer Veldwerk or is damaged.</source>
        <translation>Onbekende tabel {name}: het bestand is gemaakt door een nieuwere Veldwerk of is beschadigd.</translation>
    </message>
    <message>
        <source>A {table} row does not fit this Veldwerk&apos;s table (columns {columns}).</source>
        <translation>Een regel van {table} past niet in de tabel van deze Veldwerk (kolommen {columns}).</translation>
    </message>
    <message>
        <source>A {table} row has an unreadable date ({column} of row {id}).</source>
        <translation>Een rij van {table} heeft een onleesbare datum ({column} van rij {id}).</translation>
    </message>
    <message>
        <source>A {table} row names a file that is not a plain file name ({column} of row {id}); it is not taken.</source>
        <translation>Een rij van {table} noemt een bestand dat geen gewone bestandsnaam is ({column} van rij {id}); die wordt niet overgenomen.</translation>
    </message>
    <message>
        <source>{made} made, {delivered} delivered, {left} waiting.</source>
        <translation>{made} gemaakt, {delivered} afgeleverd, {left} wachtend.</translation>
    </message>
    <message>
        <source>From the coordinator: {r}, {u}, {e}.</source>
        <translation>Van de coördinator: {r}, {u}, {e}.</translation>
    </message>
    <message>
        <source>Conflicts the coordinator resolved: {r} took the chosen version.</source>
        <translation>Conflicten die de coördinator heeft opgelost: {r} nam de gekozen versie over.</translation>
    </message>
    <message>
        <source>{k} changed here since the coordinator resolved them; the coordinator weighs them again.</source>
        <translation>{k} is hier sindsdien gewijzigd; de coördinator weegt die opnieuw af.</translation>
    </message>
    <message>
        <source>The coordinator refused {files} for good: see veldwerk outbox.</source>
        <translation>De coördinator heeft {files} voorgoed geweigerd: zie veldwerk outbox.</translation>
    </message>
    <message>
        <source>News of changes of records that are not this laptop&apos;s: {w} wait for the coordinator, {r} refused (all of them: veldwerk changes --coordinator).</source>
        <translation>Nieuws over wijzigingen van gegevens die niet van deze laptop zijn: {w} wachten op de coördinator, {r} geweigerd (allemaal: veldwerk changes --coordinator).</translation>
    </message>
    <message>
        <source>it is not a file from the coordinator</source>
        <translation>het is geen bestand van de coördinator</translation>
    </message>
    <message>
        <source>it belongs to another project</source>
        <translation>het hoort bij een ander project</translation>
    </message>
    <message>
        <source>{name} was not used: {why}.</source>
        <translation>{name} is niet gebruikt: {why}.</translation>
    </message>
    <message>
        <source>Nothing was changed. Tell the coordinator.</source>
        <translation>Er is niets veranderd. Meld het aan de coördinator.</translation>
    </message>
    <message>
        <source>Change {seq} ({table} {row})</source>
        <translation>Wijziging {seq} ({table} {row})</translation>
    </message>
    <message>
        <source>the record is not this laptop&apos;s</source>
        <translation>het gegeven is niet van deze laptop</translation>
    </message>
    <message>
        <source>it removed a record that is not this laptop&apos;s</source>
        <translation>ze verwijderde een gegeven dat niet van deze laptop is</translation>
    </message>
    <message>
        <source>it erases a person or record this laptop did not bring</source>
        <translation>ze wist een persoon of gegeven dat deze laptop niet heeft aangeleverd</translation>
    </message>
    <message>
        <source>only the coordinator changes the project&apos;s set-up</source>
        <translation>alleen de coördinator wijzigt de opzet van het project</translation>
    </message>
    <message>
        <source>the recording has a transcript from another computer too, and the coordinator keeps one of the two</source>
        <translation>de opname heeft ook een transcript van een andere computer, en de coördinator houdt er één van de twee</translation>
    </message>
    <message>
        <source>{what} waits for the coordinator: {why}.</source>
        <translation>{what} wacht op de coördinator: {why}.</translation>
    </message>
    <message>
        <source>{what} was accepted by the coordinator.</source>
        <translation>{what} is door de coördinator aanvaard.</translation>
    </message>
    <message>
        <source>{what} was refused by the coordinator: {why}.</source>
        <translation>{what} is door de coördinator geweigerd: {why}.</translation>
    </message>
    <message>
        <source>A project update tried to change {table}, which only this laptop changes.</source>
        <translation>Een projectupdate probeerde {table} te wijzigen, wat alleen deze laptop wijzigt.</translation>
    </message>
    <message>
        <source>A file name from elsewhere is not a plain file name; it was not used.</source>
        <translation>Een bestandsnaam van elders is geen gewone bestandsnaam; die is niet gebruikt.</translation>
    </message>
    <message>
        <source>Tell the coordinator.</source>
        <translation>Laat het de coördinator weten.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (is the USB stick in, is the team folder still on this laptop?).</source>
        <translation>De map {folder} is er niet (zit de USB-stick erin, staat de teammap nog op deze laptop?).</translation>
    </message>
    <message>
        <source>The bundles wait in the outbox; nothing is lost.</source>
        <translation>De bundels wachten in de uitgaande map; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>{folder} already holds a different file called {name}; it is not written over.</source>
        <translation>In {folder} staat al een ander bestand met de naam {name}; dat wordt niet overschreven.</translation>
    </message>
    <message>
        <source>Ask the coordinator to look at it.</source>
        <translation>Vraag de coördinator ernaar te kijken.</translation>
    </message>
    <message>
        <source>The copy in {folder} came out the wrong size.</source>
        <translation>De kopie in {folder} heeft de verkeerde grootte.</translation>
    </message>
    <message>
        <source>The bundle could not be copied to {folder}: {detail}.</source>
        <translation>De bundel kon niet naar {folder} worden gekopieerd: {detail}.</translation>
    </message>
    <message>
        <source>Free some space there or choose another folder; the bundle waits in the outbox.</source>
        <translation>Maak daar ruimte vrij of kies een andere map; de bundel wacht in de uitgaande map.</translation>
    </message>
    <message>
        <source>{name} could not be put in {folder}: {detail}.</source>
        <translation>{name} kon niet in {folder} worden gezet: {detail}.</translation>
    </message>
    <message>
        <source>{name} could not be removed from {folder}: {detail}.</source>
        <translation>{name} kon niet uit {folder} worden weggehaald: {detail}.</translation>
    </message>
    <message>
        <source>This laptop joined the project; bundles are merged in the coordinator&apos;s copy.</source>
        <translation>Deze laptop doet mee aan het project; bundels worden samengevoegd in de kopie van de coördinator.</translation>
    </message>
    <message>
        <source>This project has no coordinator keys yet: make keys and project files first (Project › Delivery).</source>
        <translation>Dit project heeft nog geen sleutels van de coördinator: maak eerst sleutels en projectbestanden (Project › Aflevering).</translation>
    </message>
    <message>
        <source>These keys are not this project&apos;s: its bundles are encrypted to {fp}.</source>
        <translation>Deze sleutels horen niet bij dit project: de bundels ervan zijn versleuteld voor {fp}.</translation>
    </message>
    <message>
        <source>Choose the key file made for this project.</source>
        <translation>Kies het sleutelbestand dat voor dit project is gemaakt.</translation>
    </message>
    <message>
        <source>No place is chosen yet where laptops put their bundles: make a project file with a folder or a share.</source>
        <translation>Er is nog geen plek gekozen waar laptops hun bundels neerzetten: maak een projectbestand met een map of een gedeelde map.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {detail}.</source>
        <translation>{name} kan niet worden gelezen: {detail}.</translation>
    </message>
    <message>
        <source>imported before</source>
        <translation>eerder ingelezen</translation>
    </message>
    <message>
        <source>refused before</source>
        <translation>eerder geweigerd</translation>
    </message>
    <message>
        <source>It could not be kept in the inbox either: import it again when there is room.</source>
        <translation>Hij kon ook niet in de inbox worden bewaard: lees hem opnieuw in als er ruimte is.</translation>
    </message>
    <message>
        <source>Veldwerk could not read it ({kind}); nothing was taken from it.</source>
        <translation>Veldwerk kon hem niet lezen ({kind}); er is niets uit overgenomen.</translation>
    </message>
    <message>
        <source>The bundle of {device} with changes {first}–{last} has not arrived yet.</source>
        <translation>De bundel van {device} met wijzigingen {first}–{last} is nog niet aangekomen.</translation>
    </message>
    <message>
        <source>It needs changes {first}–{last}: the bundle that held them ({file}) could not be taken in ({reason}). {member}&apos;s laptop is told with the next answers and sends its own copy again by itself if the file was damaged on the way; if its own copy is the one refused, those changes can only be skipped (veldwerk devices skip).</source>
        <translation>Hij heeft wijzigingen {first}–{last} nodig: de bundel waarin die zaten ({file}) kon niet worden binnengehaald ({reason}). De laptop van {member} hoort het met de volgende antwoorden en stuurt vanzelf zijn eigen kopie opnieuw als het bestand onderweg beschadigd is; is zijn eigen kopie de geweigerde, dan kunnen die wijzigingen alleen worden overgeslagen (veldwerk devices skip).</translation>
    </message>
    <message>
        <source>No refused bundle holds the next changes of this laptop (it stands at change {mark}): there is nothing to skip.</source>
        <translation>Geen geweigerde bundel bevat de volgende wijzigingen van deze laptop (hij staat op wijziging {mark}): er is niets over te slaan.</translation>
    </message>
    <message>
        <source>&apos;veldwerk inbox list&apos; shows its bundles.</source>
        <translation>&apos;veldwerk inbox list&apos; toont zijn bundels.</translation>
    </message>
    <message>
        <source>Skipped by the coordinator: changes {first}–{last} of this laptop are lost to this copy.</source>
        <translation>Overgeslagen door de coördinator: wijzigingen {first}–{last} van deze laptop ontbreken voorgoed in deze kopie.</translation>
    </message>
    <message>
        <source>It could not be taken in now ({detail}); it is tried again by itself.</source>
        <translation>Hij kon nu niet worden binnengehaald ({detail}); hij wordt vanzelf opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>A change breaks a rule of the database (a key or a link); nothing was taken from it.</source>
        <translation>Een wijziging breekt een regel van de database (een sleutel of een koppeling); er is niets uit overgenomen.</translation>
    </message>
    <message>
        <source>The database refused a change ({kind}); nothing was taken from it.</source>
        <translation>De database weigerde een wijziging ({kind}); er is niets uit overgenomen.</translation>
    </message>
    <message>
        <source>The {table} row {id}: its {column} points at a row of {parent} that is not here; nothing was taken from it.</source>
        <translation>De rij {id} van {table}: de {column} ervan wijst naar een rij van {parent} die hier niet is; er is niets uit overgenomen.</translation>
    </message>
    <message>
        <source>the inbox</source>
        <translation>de inbox</translation>
    </message>
    <message>
        <source>{name} belongs to another project ({project}).</source>
        <translation>{name} hoort bij een ander project ({project}).</translation>
    </message>
    <message>
        <source>{device} ({member}, key {fp}) is not approved yet.</source>
        <translation>{device} ({member}, sleutel {fp}) is nog niet toegelaten.</translation>
    </message>
    <message>
        <source>its changes were imported before</source>
        <translation>de wijzigingen erin zijn eerder ingelezen</translation>
    </message>
    <message>
        <source>{device} ({member}, key {fp}) was refused; its bundles go in if you approve it after all.</source>
        <translation>{device} ({member}, sleutel {fp}) is geweigerd; de bundels ervan gaan alsnog binnen als u hem toch goedkeurt.</translation>
    </message>
    <message>
        <source>The inbox keeps no more bundles of laptops not let in ({n} files, {size}): this one stays where it is until there is room or the laptop is let in.</source>
        <translation>De inbox bewaart niet meer bundels van laptops die niet zijn toegelaten ({n} bestanden, {size}): deze blijft waar hij is tot er ruimte is of de laptop wordt toegelaten.</translation>
    </message>
    <message>
        <source>The bundle holds changes of another laptop; it is refused.</source>
        <translation>De bundel bevat wijzigingen van een andere laptop; hij wordt geweigerd.</translation>
    </message>
    <message>
        <source>The bundle holds change {seq}, outside the changes it says it holds ({after} to {through}); it is refused.</source>
        <translation>De bundel bevat wijziging {seq}, buiten de wijzigingen die hij zegt te bevatten ({after} tot en met {through}); hij wordt geweigerd.</translation>
    </message>
    <message>
        <source>The file {name} in the bundle does not match its name; nothing was imported.</source>
        <translation>Het bestand {name} in de bundel klopt niet met zijn naam; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>{file}: imported ({applied}, {conflicts}, {dropped} dropped after an erasure, {refused} refused).</source>
        <translation>{file}: ingelezen ({applied}, {conflicts}, {dropped} vervallen na een wissing, {refused} geweigerd).</translation>
    </message>
    <message>
        <source>{n} change of a record that is not the sender&apos;s waits for you: see the conflicts.</source>
        <translation>{n} wijziging van een gegeven dat niet van de afzender is wacht op u: zie de conflicten.</translation>
    </message>
    <message>
        <source>{n} changes of records that are not the sender&apos;s wait for you: see the conflicts.</source>
        <translation>{n} wijzigingen van gegevens die niet van de afzender zijn wachten op u: zie de conflicten.</translation>
    </message>
    <message>
        <source>The password for {where} is needed.</source>
        <translation>Het wachtwoord voor {where} is nodig.</translation>
    </message>
    <message>
        <source>In the app: type it under Project › Delivery (it is kept in this computer&apos;s keyring). For a command: set {env}.</source>
        <translation>In de app: typ het bij Project › Aflevering (het wordt bewaard in de sleutelhanger van deze computer). Voor een opdracht: zet {env}.</translation>
    </message>
    <message>
        <source>The coordinator has not chosen where bundles go; copy them to a USB stick (bundle export --out).</source>
        <translation>De coördinator heeft niet gekozen waar bundels heen gaan; kopieer ze naar een USB-stick (bundle export --out).</translation>
    </message>
    <message>
        <source>the folder {path}</source>
        <translation>de map {path}</translation>
    </message>
    <message>
        <source>{host} (as {user})</source>
        <translation>{host} (als {user})</translation>
    </message>
    <message>
        <source>Choose the folder bundles go to.</source>
        <translation>Kies de map waar bundels heen gaan.</translation>
    </message>
    <message>
        <source>A target is a folder or a WebDAV share.</source>
        <translation>Een bestemming is een map of een gedeelde WebDAV-map.</translation>
    </message>
    <message>
        <source>Give the share&apos;s full address, starting with https:// (in Nextcloud: Files › Settings › WebDAV).</source>
        <translation>Geef het volledige adres van de gedeelde map, beginnend met https:// (in Nextcloud: Bestanden › Instellingen › WebDAV).</translation>
    </message>
    <message>
        <source>The address must start with https://: without it the password would travel readable.</source>
        <translation>Het adres moet met https:// beginnen: anders gaat het wachtwoord leesbaar over het net.</translation>
    </message>
    <message>
        <source>Give the login name for the share.</source>
        <translation>Geef de inlognaam voor de gedeelde map.</translation>
    </message>
    <message>
        <source>The share&apos;s certificate is not trusted ({detail}).</source>
        <translation>Het certificaat van de gedeelde map wordt niet vertrouwd ({detail}).</translation>
    </message>
    <message>
        <source>Do not send anything there: someone may be listening in. Ask the coordinator to check the address.</source>
        <translation>Stuur daar niets heen: misschien luistert iemand mee. Vraag de coördinator het adres na te kijken.</translation>
    </message>
    <message>
        <source>No connection with {host} ({detail}).</source>
        <translation>Geen verbinding met {host} ({detail}).</translation>
    </message>
    <message>
        <source>Will try again by itself; the bundles wait in the outbox.</source>
        <translation>Het wordt vanzelf opnieuw geprobeerd; de bundels wachten in de uitgaande map.</translation>
    </message>
    <message>
        <source>The share does not accept the password for {user} (wrong, or an app password that was revoked).</source>
        <translation>De gedeelde map accepteert het wachtwoord voor {user} niet (verkeerd, of een app-wachtwoord dat is ingetrokken).</translation>
    </message>
    <message>
        <source>Make a new app password in the share&apos;s settings and enter it under Project › Delivery (for a command: in VELDWERK_WEBDAV_PASSWORD).</source>
        <translation>Maak een nieuw app-wachtwoord in de instellingen van de gedeelde map en vul het in onder Project › Aflevering (voor een opdracht: in VELDWERK_WEBDAV_PASSWORD).</translation>
    </message>
    <message>
        <source>{user} may not write in this folder of the share.</source>
        <translation>{user} mag niet schrijven in deze map van de gedeelde map.</translation>
    </message>
    <message>
        <source>Ask the coordinator to share the folder with you, with permission to edit.</source>
        <translation>Vraag de coördinator de map met u te delen, met toestemming om te bewerken.</translation>
    </message>
    <message>
        <source>The folder {url} does not exist on the share.</source>
        <translation>De map {url} bestaat niet op de gedeelde map.</translation>
    </message>
    <message>
        <source>Check the address with the coordinator.</source>
        <translation>Controleer het adres met de coördinator.</translation>
    </message>
    <message>
        <source>The share is full.</source>
        <translation>De gedeelde map is vol.</translation>
    </message>
    <message>
        <source>Tell the coordinator; the bundles wait in the outbox and go as soon as there is room.</source>
        <translation>Meld het aan de coördinator; de bundels wachten in de uitgaande map en gaan zodra er ruimte is.</translation>
    </message>
    <message>
        <source>Another page answered instead of the share (a Wi-Fi login page?).</source>
        <translation>Er antwoordde een andere pagina in plaats van de gedeelde map (een inlogpagina van de wifi?).</translation>
    </message>
    <message>
        <source>Open a web browser and log in to the network; then it goes by itself.</source>
        <translation>Open een webbrowser en log in op het netwerk; daarna gaat het vanzelf.</translation>
    </message>
    <message>
        <source>The share has a problem of its own ({code}).</source>
        <translation>De gedeelde map heeft zelf een probleem ({code}).</translation>
    </message>
    <message>
        <source>Will try again later by itself.</source>
        <translation>Het wordt later vanzelf opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The share answered {code} to {what}.</source>
        <translation>De gedeelde map antwoordde {code} op {what}.</translation>
    </message>
    <message>
        <source>Will try again later.</source>
        <translation>Het wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>The share already holds a different file called {name}; it is not written over.</source>
        <translation>Op de gedeelde map staat al een ander bestand met de naam {name}; dat wordt niet overschreven.</translation>
    </message>
    <message>
        <source>The share holds {name} with the wrong size after the upload.</source>
        <translation>Na het uploaden staat {name} met de verkeerde grootte op de gedeelde map.</translation>
    </message>
    <message>
        <source>The share&apos;s answer was unreadable.</source>
        <translation>Het antwoord van de gedeelde map was onleesbaar.</translation>
    </message>
    <message>
        <source>The share&apos;s answer was far too large; it was not read.</source>
        <translation>Het antwoord van de gedeelde map was veel te groot; het is niet gelezen.</translation>
    </message>
    <message>
        <source>Ask whoever runs the share to look at the folder.</source>
        <translation>Vraag de beheerder van de gedeelde map naar de map te kijken.</translation>
    </message>
    <message>
        <source>The bundle holds a change Veldwerk cannot read ({table}, {op}).</source>
        <translation>De bundel bevat een wijziging die Veldwerk niet kan lezen ({table}, {op}).</translation>
    </message>
    <message>
        <source>Answers not published yet ({n} waiting): {problem}</source>
        <translation>Antwoorden nog niet geplaatst ({n} wachten): {problem}</translation>
    </message>
    <message>
        <source>No bundles were fetched: a place could not be read (above).</source>
        <translation>Er zijn geen bundels opgehaald: een plek kon niet worden gelezen (zie hierboven).</translation>
    </message>
    <message>
        <source>No bundles to import.</source>
        <translation>Geen bundels om in te lezen.</translation>
    </message>
    <message>
        <source>Nothing is kept to be tried again.</source>
        <translation>Er wordt niets bewaard om opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Watching for bundles every {n} s; what comes in is listed here (Ctrl+C stops).</source>
        <translation>Elke {n} s wordt gekeken of er bundels zijn; wat binnenkomt, staat hieronder (Ctrl+C stopt).</translation>
    </message>
    <message>
        <source>Nothing has come in yet.</source>
        <translation>Er is nog niets binnengekomen.</translation>
    </message>
    <message>
        <source>No laptops yet: a laptop appears here with its first bundle (veldwerk inbox import).</source>
        <translation>Nog geen laptops: een laptop verschijnt hier met zijn eerste bundel (veldwerk inbox import).</translation>
    </message>
    <message>
        <source>{id}  {laptop}  key {fp}  {status}, changes applied through {through}</source>
        <translation>{id}  {laptop}  sleutel {fp}  {status}, wijzigingen verwerkt tot en met {through}</translation>
    </message>
    <message>
        <source>This skips changes {first}–{last} of {name} ({member}), in its refused bundle {file}: they are lost to this copy.</source>
        <translation>Dit slaat wijzigingen {first}–{last} van {name} ({member}) over, uit zijn geweigerde bundel {file}: ze ontbreken daarna voorgoed in deze kopie.</translation>
    </message>
    <message>
        <source>Add --yes to skip them.</source>
        <translation>Voeg --yes toe om ze over te slaan.</translation>
    </message>
    <message>
        <source>{laptop}: changes {first}–{last} (in {file}) are skipped and lost to this copy; its later bundles go in.</source>
        <translation>{laptop}: wijzigingen {first}–{last} (in {file}) zijn overgeslagen en ontbreken voorgoed in deze kopie; zijn latere bundels komen binnen.</translation>
    </message>
    <message>
        <source>{laptop} changed a record that is not its own; nothing changed until you decide.</source>
        <translation>{laptop} wijzigde een gegeven dat niet van die laptop is; er verandert niets tot u beslist.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Er is niets gewist.</translation>
    </message>
    <message>
        <source>The laptops hear of it once answers go out with your keys (the next inbox import, or --identity KEYFILE now); until then they keep their own version.</source>
        <translation>De laptops horen het zodra antwoorden met uw sleutels uitgaan (bij de volgende inbox-import, of nu met --identity SLEUTELBESTAND); tot dan houden ze hun eigen versie.</translation>
    </message>
    <message>
        <source>Erasing {who} asks for your confirmation; nothing was erased. Add --yes to confirm it without a question.</source>
        <translation>Het wissen van {who} vraagt om uw bevestiging; er is niets gewist. Voeg --yes toe om het zonder vraag te bevestigen.</translation>
    </message>
    <message>
        <source>Erase {who} and all that is theirs, here and on every laptop? This cannot be undone. [y/N] </source>
        <translation>{who} en alles wat van die persoon is wissen, hier en op elke laptop? Dit kan niet ongedaan worden gemaakt. [j/N] </translation>
    </message>
    <message>
        <source>Keeping one transcript erases the other (the one of {gone}) with its segments, so it asks for your confirmation; nothing was erased. Add --yes to confirm it without a question.</source>
        <translation>Eén transcript houden wist het andere (dat van {gone}) met zijn stukken, dus eerst wordt om uw bevestiging gevraagd; er is niets gewist. Voeg --yes toe om het zonder vraag te bevestigen.</translation>
    </message>
    <message>
        <source>The transcript of {kept} stays; the one of {gone} is erased with its segments, here and from the computer that made it. This cannot be undone. Go on? [y/N] </source>
        <translation>Het transcript van {kept} blijft; dat van {gone} wordt met zijn stukken gewist, hier en op de computer die het maakte. Dit kan niet ongedaan worden gemaakt. Doorgaan? [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{name} ({member}, key {fp}) may send bundles.</source>
        <translation>{name} ({member}, sleutel {fp}) mag bundels sturen.</translation>
    </message>
    <message>
        <source>{name} ({member}, key {fp}) is refused; its bundles are not imported.</source>
        <translation>{name} ({member}, sleutel {fp}) is geweigerd; de bundels ervan worden niet ingelezen.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Geen open conflicten.</translation>
    </message>
    <message>
        <source>(resolved: {how})</source>
        <translation>(opgelost: {how})</translation>
    </message>
    <message>
        <source>Resolved: {what}</source>
        <translation>Opgelost: {what}</translation>
    </message>
    <message>
        <source>No laptop {device} has sent a bundle.</source>
        <translation>Geen laptop {device} heeft een bundel gestuurd.</translation>
    </message>
    <message>
        <source>&apos;veldwerk devices list&apos; shows them.</source>
        <translation>&apos;veldwerk devices list&apos; laat ze zien.</translation>
    </message>
    <message>
        <source>{device} fits {n} laptops; give more of the id or the fingerprint.</source>
        <translation>{device} past bij {n} laptops; geef meer van de id of de vingerafdruk.</translation>
    </message>
    <message>
        <source>Changed by another laptop: {what}</source>
        <translation>Gewijzigd door een andere laptop: {what}</translation>
    </message>
    <message>
        <source>Participant code {code} is used twice; this one is {marked} until you give it a new code.</source>
        <translation>Deelnemerscode {code} is twee keer gebruikt; deze heet {marked} tot u een nieuwe code geeft.</translation>
    </message>
    <message>
        <source>A record of {table}</source>
        <translation>Een gegeven uit {table}</translation>
    </message>
    <message>
        <source>the laptop was refused; its bundles go in if you approve it after all</source>
        <translation>de laptop is geweigerd; de bundels ervan gaan alsnog binnen als u hem toch goedkeurt</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Wat er gezegd is</translation>
    </message>
    <message>
        <source>Erasure asked: {what}</source>
        <translation>Wissen gevraagd: {what}</translation>
    </message>
    <message>
        <source>Removal asked: {what}</source>
        <translation>Verwijderen gevraagd: {what}</translation>
    </message>
    <message>
        <source>{what} now has the code {code}.</source>
        <translation>{what} heeft nu de code {code}.</translation>
    </message>
    <message>
        <source>{what}: the merged text stays.</source>
        <translation>{what}: de samengevoegde tekst blijft.</translation>
    </message>
    <message>
        <source>{what}: the transcript of {who} stays; the other goes here and from the computer that made it.</source>
        <translation>{what}: het transcript van {who} blijft; het andere verdwijnt hier en van de computer die het maakte.</translation>
    </message>
    <message>
        <source>{who} is erased here and goes to every laptop.</source>
        <translation>{who} is hier gewist en dat gaat naar elke laptop.</translation>
    </message>
    <message>
        <source>Erasure refused: {who} stays; {laptop} hears it at its next sync.</source>
        <translation>Wissen geweigerd: {who} blijft; {laptop} hoort het bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>{what} is removed for good.</source>
        <translation>{what} is voorgoed verwijderd.</translation>
    </message>
    <message>
        <source>Removal refused: {what} stays; {laptop} hears it at its next sync.</source>
        <translation>Verwijderen geweigerd: {what} blijft; {laptop} hoort het bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>{what}: took the version of {laptop}.</source>
        <translation>{what}: de versie van {laptop} overgenomen.</translation>
    </message>
    <message>
        <source>{what}: kept this copy&apos;s version.</source>
        <translation>{what}: de versie van deze kopie gehouden.</translation>
    </message>
    <message>
        <source>{what} was removed on one side and changed on the other.</source>
        <translation>{what} is aan de ene kant verwijderd en aan de andere kant gewijzigd.</translation>
    </message>
    <message>
        <source>{what} was transcribed twice: by {ours} and by {theirs}. A recording keeps one transcript: keep this version to keep the transcript of {ours}, take the other to keep the one of {theirs}; the other goes, with its segments.</source>
        <translation>{what} is twee keer uitgeschreven: door {ours} en door {theirs}. Een opname houdt één transcript: houd deze versie om het transcript van {ours} te houden, neem de andere om dat van {theirs} te houden; het andere verdwijnt, met al zijn stukken.</translation>
    </message>
    <message>
        <source>{laptop} asks to erase {what}, which it did not bring. Nothing is erased until you confirm: take the other version to erase, keep this version to refuse.</source>
        <translation>{laptop} vraagt {what} te wissen, dat die laptop niet heeft aangeleverd. Er wordt niets gewist tot u het bevestigt: neem de andere versie om te wissen, houd deze versie om te weigeren.</translation>
    </message>
    <message>
        <source>{laptop} removed {what}, which is not its own. It stays until you decide: take the other version to remove it, keep this version to keep it.</source>
        <translation>{laptop} verwijderde {what}, dat niet van die laptop is. Het blijft tot u beslist: neem de andere versie om het te verwijderen, houd deze versie om het te houden.</translation>
    </message>
    <message>
        <source>{laptop} changed {what}, which is not its own; nothing differs from this version.</source>
        <translation>{laptop} wijzigde {what}, dat niet van die laptop is; niets verschilt van deze versie.</translation>
    </message>
    <message>
        <source>Free notes in «{title}»</source>
        <translation>Vrije aantekeningen in «{title}»</translation>
    </message>
    <message>
        <source>Note on {topic} in «{title}»</source>
        <translation>Aantekening bij {topic} in «{title}»</translation>
    </message>
    <message>
        <source>Interview «{title}»</source>
        <translation>Interview «{title}»</translation>
    </message>
    <message>
        <source>Participant {code}</source>
        <translation>Deelnemer {code}</translation>
    </message>
    <message>
        <source>Withdrawal of participant {code}</source>
        <translation>Terugtrekking van deelnemer {code}</translation>
    </message>
    <message>
        <source>{table} in «{title}»</source>
        <translation>{table} in «{title}»</translation>
    </message>
    <message>
        <source>Transcript of recording {n} of «{title}»</source>
        <translation>Transcript van opname {n} van «{title}»</translation>
    </message>
    <message>
        <source>Transcript at {time} of recording {n} in «{title}»</source>
        <translation>Transcript op {time} van opname {n} in «{title}»</translation>
    </message>
    <message>
        <source>No open conflict {id}.</source>
        <translation>Geen open conflict {id}.</translation>
    </message>
    <message>
        <source>&apos;veldwerk conflicts list&apos; shows them.</source>
        <translation>&apos;veldwerk conflicts list&apos; laat ze zien.</translation>
    </message>
    <message>
        <source>--text is for a note&apos;s text (or another written text); this conflict is about {fields}. Choose a version with --keep ours or --keep theirs.</source>
        <translation>--text is voor de tekst van een notitie (of een andere geschreven tekst); dit conflict gaat over {fields}. Kies een versie met --keep ours of --keep theirs.</translation>
    </message>
    <message>
        <source>Give the participant a new code (--code).</source>
        <translation>Geef de deelnemer een nieuwe code (--code).</translation>
    </message>
    <message>
        <source>{code} is taken too.</source>
        <translation>{code} is ook al in gebruik.</translation>
    </message>
    <message>
        <source>The participant is no longer here.</source>
        <translation>De deelnemer is er niet meer.</translation>
    </message>
    <message>
        <source>A merged text fits a conflict about one text; this one is about {fields}.</source>
        <translation>Een samengevoegde tekst past bij een conflict over één tekst; dit gaat over {fields}.</translation>
    </message>
    <message>
        <source>The record is no longer here.</source>
        <translation>Het gegeven is er niet meer.</translation>
    </message>
    <message>
        <source>Say which version stays: ours, theirs, a merged text or a new code.</source>
        <translation>Zeg welke versie blijft: ours (deze), theirs (de andere), een samengevoegde tekst of een nieuwe code.</translation>
    </message>
    <message>
        <source>Say which version stays: ours (refuse the change) or theirs (apply it).</source>
        <translation>Zeg welke versie blijft: ours (de wijziging weigeren) of theirs (haar verwerken).</translation>
    </message>
    <message>
        <source>Say which transcript stays: ours (the one that was here) or theirs.</source>
        <translation>Zeg welk transcript blijft: ours (dat hier al was) of theirs.</translation>
    </message>
    <message>
        <source>The other version cannot be taken: another record already has its place ({fields}). Keep this version, or change the other record first.</source>
        <translation>De andere versie kan niet worden overgenomen: een ander gegeven staat al op die plek ({fields}). Houd deze versie, of pas eerst het andere gegeven aan.</translation>
    </message>
    <message>
        <source>This computer has no keyring (its safe place for passwords), so the password is not stored.</source>
        <translation>Deze computer heeft geen sleutelhanger (de veilige plek voor wachtwoorden), dus het wachtwoord wordt niet bewaard.</translation>
    </message>
    <message>
        <source>Veldwerk uses it until it closes and asks for it again next time. Commands take it from {env}.</source>
        <translation>Veldwerk gebruikt het tot het programma sluit en vraagt er de volgende keer opnieuw om. Opdrachten nemen het uit {env}.</translation>
    </message>
    <message>
        <source>No laptop is approved yet: the answers wait in {folder}.</source>
        <translation>Er is nog geen laptop goedgekeurd: de antwoorden wachten in {folder}.</translation>
    </message>
    <message>
        <source>{member} ({laptop}, {id}): delivers to {delivers}; answers go to {answers}.</source>
        <translation>{member} ({laptop}, {id}): levert af bij {delivers}; antwoorden gaan naar {answers}.</translation>
    </message>
    <message>
        <source>Share {place}: you read it as {user}.</source>
        <translation>Gedeelde map {place}: u leest die als {user}.</translation>
    </message>
    <message>
        <source>Share {place}: give your own login (veldwerk delivery login {place} --user NAME).</source>
        <translation>Gedeelde map {place}: geef uw eigen login (veldwerk delivery login {place} --user NAAM).</translation>
    </message>
    <message>
        <source>You read {where} as {user}; its password comes from this computer&apos;s keyring or VELDWERK_WEBDAV_PASSWORD.</source>
        <translation>U leest {where} als {user}; het wachtwoord komt uit de sleutelhanger van deze computer of uit VELDWERK_WEBDAV_PASSWORD.</translation>
    </message>
    <message>
        <source>{folder} is not a folder on this computer (is the stick in?).</source>
        <translation>{folder} is geen map op deze computer (zit de stick erin?).</translation>
    </message>
    <message>
        <source>Answers for {member}&apos;s laptop go to {folder}.</source>
        <translation>Antwoorden voor de laptop van {member} gaan naar {folder}.</translation>
    </message>
    <message>
        <source>There is no laptop {given}.</source>
        <translation>Er is geen laptop {given}.</translation>
    </message>
    <message>
        <source>veldwerk delivery list names them.</source>
        <translation>veldwerk delivery list noemt ze.</translation>
    </message>
    <message>
        <source>{given} fits {n} laptops; give the device id.</source>
        <translation>{given} past bij {n} laptops; geef het apparaat-id.</translation>
    </message>
    <message>
        <source>waits for your own login on {host}</source>
        <translation>wacht op uw eigen login voor {host}</translation>
    </message>
    <message>
        <source>The laptop of {member} has no place for answers: make their project file with a folder or a share.</source>
        <translation>De laptop van {member} heeft geen plek voor antwoorden: maak het projectbestand met een map of een gedeelde map.</translation>
    </message>
    <message>
        <source>Give your own login for {where} (Project › Delivery, or veldwerk delivery login URL --user NAME): the share is read with it.</source>
        <translation>Geef uw eigen login voor {where} (Project › Aflevering, of veldwerk delivery login URL --user NAAM): daarmee wordt de gedeelde map gelezen.</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>niet gekozen</translation>
    </message>
    <message>
        <source>nowhere yet</source>
        <translation>nog nergens</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>In the bin since</source>
        <translation>In de prullenbak sinds</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Opname</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Deelnemerscode</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gemaakt door</translation>
    </message>
    <message>
        <source>Transcribed up to</source>
        <translation>Uitgeschreven tot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <source>Speaker (team member)</source>
        <translation>Spreker (teamlid)</translation>
    </message>
    <message>
        <source>Words with their times</source>
        <translation>Woorden met hun tijden</translation>
    </message>
    <message>
        <source>Corrected by a person</source>
        <translation>Door een mens verbeterd</translation>
    </message>
    <message>
        <source>laptop refused</source>
        <translation>laptop geweigerd</translation>
    </message>
    <message>
        <source>could not be taken in</source>
        <translation>kon niet worden binnengehaald</translation>
    </message>
    <message>
        <source>1 interview</source>
        <translation>1 gesprek</translation>
    </message>
    <message>
        <source>{n} interviews</source>
        <translation>{n} gesprekken</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 notitie</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notities</translation>
    </message>
    <message>
        <source>1 recording</source>
        <translation>1 opname</translation>
    </message>
    <message>
        <source>{n} recordings</source>
        <translation>{n} opnamen</translation>
    </message>
    <message>
        <source>1 consent</source>
        <translation>1 toestemming</translation>
    </message>
    <message>
        <source>{n} consents</source>
        <translation>{n} toestemmingen</translation>
    </message>
    <message>
        <source>1 transcript</source>
        <translation>1 transcript</translation>
    </message>
    <message>
        <source>{n} transcripts</source>
        <translation>{n} transcripten</translation>
    </message>
    <message>
        <source>1 other change</source>
        <translation>1 andere wijziging</translation>
    </message>
    <message>
        <source>{n} other changes</source>
        <translation>{n} andere wijzigingen</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>geen wijzigingen</translation>
    </message>
    <message>
        <source>recordings&apos; files</source>
        <translation>bestanden van opnamen</translation>
    </message>
    <message>
        <source>Its 1 change of another&apos;s record is decided</source>
        <translation>Over de 1 wijziging van andermans gegeven is beslist</translation>
    </message>
    <message>
        <source>Its {n} changes of others&apos; records are decided</source>
        <translation>Over de {n} wijzigingen van andermans gegevens is beslist</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <source>{n} conflicts</source>
        <translation>{n} conflicten</translation>
    </message>
    <message>
        <source>1 laptop waits for approval</source>
        <translation>1 laptop wacht op toestemming</translation>
    </message>
    <message>
        <source>{n} laptops wait for approval</source>
        <translation>{n} laptops wachten op toestemming</translation>
    </message>
    <message>
        <source>1 bundle could not be taken in</source>
        <translation>1 bundel kon niet worden binnengehaald</translation>
    </message>
    <message>
        <source>{n} bundles could not be taken in</source>
        <translation>{n} bundels konden niet worden binnengehaald</translation>
    </message>
    <message>
        <source>No version here (a new record)</source>
        <translation>Hier geen versie (een nieuw gegeven)</translation>
    </message>
    <message>
        <source>The coordinator (this copy)</source>
        <translation>De coördinator (deze kopie)</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>{member} ({laptop})</source>
        <translation>{member} ({laptop})</translation>
    </message>
    <message>
        <source>Unknown laptop</source>
        <translation>Onbekende laptop</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>het kon niet worden gelezen</translation>
    </message>
    <message>
        <source>the coordinator&apos;s resolution</source>
        <translation>de oplossing van de coördinator</translation>
    </message>
    <message>
        <source>A resolution from the coordinator was not used: {why}.</source>
        <translation>Een oplossing van de coördinator is niet gebruikt: {why}.</translation>
    </message>
    <message>
        <source>a row in it could not be read</source>
        <translation>een regel erin kon niet worden gelezen</translation>
    </message>
    <message>
        <source>it tried to change {table}</source>
        <translation>het probeerde {table} te wijzigen</translation>
    </message>
    <message>
        <source>the record ({table} {id}) is not on this laptop</source>
        <translation>het gegeven ({table} {id}) staat niet op deze laptop</translation>
    </message>
    <message>
        <source>Give the laptop a name of 1 to 60 letters, digits or spaces.</source>
        <translation>Geef de laptop een naam van 1 tot 60 letters, cijfers of spaties.</translation>
    </message>
    <message>
        <source>This bundle is malformed: {why}.</source>
        <translation>Deze bundel is verkeerd opgebouwd: {why}.</translation>
    </message>
    <message>
        <source>Nothing was taken from it. The laptop&apos;s Veldwerk made it wrong or someone changed it. Its laptop, if let in, is told with its next receipt.</source>
        <translation>Er is niets uit overgenomen. De Veldwerk van de laptop heeft hem verkeerd gemaakt of iemand heeft hem veranderd. Zijn laptop hoort het, als die is toegelaten, met het volgende ontvangstbewijs.</translation>
    </message>
    <message>
        <source>External-Identifier is not a bundle id</source>
        <translation>External-Identifier is geen bundel-id</translation>
    </message>
    <message>
        <source>{field} is missing or too long</source>
        <translation>{field} ontbreekt of is te lang</translation>
    </message>
    <message>
        <source>{field} is too long</source>
        <translation>{field} is te lang</translation>
    </message>
    <message>
        <source>the key&apos;s fingerprint is not the key&apos;s</source>
        <translation>de vingerafdruk van de sleutel hoort niet bij de sleutel</translation>
    </message>
    <message>
        <source>the range of changes (Veldwerk-Sequence-After, -Through) is not two numbers in order</source>
        <translation>het bereik van de wijzigingen (Veldwerk-Sequence-After, -Through) is geen twee getallen op volgorde</translation>
    </message>
    <message>
        <source>Veldwerk-Part is not a part of a whole (like 1/2)</source>
        <translation>Veldwerk-Part is geen deel van een geheel (zoals 1/2)</translation>
    </message>
    <message>
        <source>it holds a file Veldwerk does not make ({name})</source>
        <translation>hij bevat een bestand dat Veldwerk niet maakt ({name})</translation>
    </message>
    <message>
        <source>its files are not what Payload-Oxum declares</source>
        <translation>de bestanden ervan zijn niet wat Payload-Oxum opgeeft</translation>
    </message>
    <message>
        <source>{name} is not UTF-8</source>
        <translation>{name} is geen UTF-8</translation>
    </message>
    <message>
        <source>line {n} of {name} is not JSON</source>
        <translation>regel {n} van {name} is geen JSON</translation>
    </message>
    <message>
        <source>line {n} of {name} is not an object</source>
        <translation>regel {n} van {name} is geen object</translation>
    </message>
    <message>
        <source>its changes are larger than Veldwerk takes</source>
        <translation>de wijzigingen ervan zijn groter dan Veldwerk aanneemt</translation>
    </message>
    <message>
        <source>change {n}: {why}</source>
        <translation>wijziging {n}: {why}</translation>
    </message>
    <message>
        <source>it has no {field}</source>
        <translation>die heeft geen {field}</translation>
    </message>
    <message>
        <source>it names a table laptops do not send ({table})</source>
        <translation>die noemt een tabel die laptops niet sturen ({table})</translation>
    </message>
    <message>
        <source>its key is not a row id</source>
        <translation>de sleutel ervan is geen rij-id</translation>
    </message>
    <message>
        <source>its operation is not one Veldwerk knows</source>
        <translation>de bewerking ervan kent Veldwerk niet</translation>
    </message>
    <message>
        <source>it is another laptop&apos;s change</source>
        <translation>het is een wijziging van een andere laptop</translation>
    </message>
    <message>
        <source>its number lies outside the bundle&apos;s range</source>
        <translation>het nummer ervan ligt buiten het bereik van de bundel</translation>
    </message>
    <message>
        <source>its number appears twice</source>
        <translation>het nummer ervan komt twee keer voor</translation>
    </message>
    <message>
        <source>its base is not a version</source>
        <translation>de basis ervan is geen versie</translation>
    </message>
    <message>
        <source>its time is not text</source>
        <translation>de tijd ervan is geen tekst</translation>
    </message>
    <message>
        <source>its row is not an object</source>
        <translation>de rij ervan is geen object</translation>
    </message>
    <message>
        <source>the {table} row {id} has a column the table lacks ({column})</source>
        <translation>de rij {id} van {table} heeft een kolom die de tabel niet heeft ({column})</translation>
    </message>
    <message>
        <source>the {table} row {id} lacks its column {column}</source>
        <translation>de rij {id} van {table} mist de kolom {column}</translation>
    </message>
    <message>
        <source>the {table} row {id}: {column} {why}</source>
        <translation>de rij {id} van {table}: {column} {why}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>is not a time</source>
        <translation>is geen tijd</translation>
    </message>
    <message>
        <source>is a time without a zone</source>
        <translation>is een tijd zonder tijdzone</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>is geen datum</translation>
    </message>
    <message>
        <source>is not yes or no</source>
        <translation>is geen ja of nee</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>is geen geheel getal</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>is geen getal</translation>
    </message>
    <message>
        <source>is not text that fits</source>
        <translation>is geen tekst die past</translation>
    </message>
    <message>
        <source>has a type Veldwerk cannot check</source>
        <translation>heeft een soort die Veldwerk niet kan controleren</translation>
    </message>
    <message>
        <source>This is a coordinator&apos;s command, and this copy is a laptop&apos;s: laptops, bundles and conflicts are handled in the coordinator&apos;s copy of the project.</source>
        <translation>Dit is een opdracht voor de coördinator, en dit is de kopie van een laptop: laptops, bundels en conflicten worden afgehandeld in de kopie van de coördinator.</translation>
    </message>
    <message>
        <source>On a laptop, veldwerk sync delivers the work and changes --coordinator shows what the coordinator said.</source>
        <translation>Op een laptop levert veldwerk sync het werk af en laat changes --coordinator zien wat de coördinator zei.</translation>
    </message>
    <message>
        <source>{state}: {problem}</source>
        <translation>{state}: {problem}</translation>
    </message>
    <message>
        <source>The coordinator could not take in {file} ({reason}). The file it got is not the one this laptop sent (damaged on the way): this laptop&apos;s own copy goes again as {new}.</source>
        <translation>De coördinator kon {file} niet binnenhalen ({reason}). Het bestand dat aankwam is niet wat deze laptop stuurde (onderweg beschadigd): de eigen kopie van deze laptop gaat opnieuw als {new}.</translation>
    </message>
    <message>
        <source>The coordinator refused {file} for good ({reason}): changes {first}–{last} of this laptop are not in its copy, and sending it again cannot help. Update Veldwerk and tell the coordinator, who can skip those changes so your later work goes in.</source>
        <translation>De coördinator heeft {file} voorgoed geweigerd ({reason}): wijzigingen {first}–{last} van deze laptop staan niet in zijn kopie, en opnieuw sturen helpt niet. Werk Veldwerk bij en zeg het de coördinator, die deze wijzigingen kan overslaan zodat je latere werk binnenkomt.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Delivery stopped: {detail}</source>
        <translation>Aflevering gestopt: {detail}</translation>
    </message>
    <message>
        <source>{things} waiting</source>
        <translation>Wachtend: {things}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Delivering…</source>
        <translation>Bezig met afleveren…</translation>
    </message>
    <message>
        <source>No connection — will try again</source>
        <translation>Geen verbinding — wordt opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>Not delivered — see Project › Delivery</source>
        <translation>Niet afgeleverd — zie Project › Aflevering</translation>
    </message>
    <message>
        <source>Everything delivered (last {when})</source>
        <translation>Alles afgeleverd (laatst {when})</translation>
    </message>
    <message>
        <source>Nothing to deliver yet</source>
        <translation>Nog niets af te leveren</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Consent form</source>
        <translation>Toestemmingsformulier</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Taal van het formulier</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Title of the form</source>
        <translation>Titel van het formulier</translation>
    </message>
    <message>
        <source>What the form tells</source>
        <translation>Wat het formulier vertelt</translation>
    </message>
    <message>
        <source>Choices (yes or no for each)</source>
        <translation>Keuzes (ja of nee voor elk)</translation>
    </message>
    <message>
        <source>Heading: {element}</source>
        <translation>Kop: {element}</translation>
    </message>
    <message>
        <source>Text: {element}</source>
        <translation>Tekst: {element}</translation>
    </message>
    <message>
        <source>Choice: {scope}</source>
        <translation>Keuze: {scope}</translation>
    </message>
    <message>
        <source>Write {retention_date} where the form names the date until which data are kept (project settings).</source>
        <translation>Schrijf {retention_date} waar het formulier de datum noemt tot wanneer gegevens worden bewaard (projectinstellingen).</translation>
    </message>
    <message>
        <source>&amp;Save form</source>
        <translation>Formulier &amp;bewaren</translation>
    </message>
    <message>
        <source>Save form</source>
        <translation>Formulier bewaren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Not saved yet: this is Veldwerk&apos;s default form.</source>
        <translation>Nog niet bewaard: dit is het standaardformulier van Veldwerk.</translation>
    </message>
    <message>
        <source>Version {version}, signed by {n}. Saving a change makes version {next}; what they agreed to stays as it was.</source>
        <translation>Versie {version}, getekend door {n}. Een wijziging bewaren maakt versie {next}; waar zij mee instemden blijft zoals het was.</translation>
    </message>
    <message>
        <source>Version {version}, not signed yet.</source>
        <translation>Versie {version}, nog door niemand getekend.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>TranscribeDialog</name>
    <message>
        <source>Transcribe</source>
        <translation>Uitschrijven</translation>
    </message>
    <message>
        <source>Transcribe recording {n} ({duration})</source>
        <translation>Opname {n} uitschrijven ({duration})</translation>
    </message>
    <message>
        <source>A speech model on this computer writes out what was said; nothing leaves the computer. You correct the text beside the recording, also while it is being written.</source>
        <translation>Een spraakmodel op deze computer schrijft uit wat er gezegd is; niets verlaat de computer. U verbetert de tekst naast de opname, ook terwijl hij nog geschreven wordt.</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Spraakmodel</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Gesproken taal</translation>
    </message>
    <message>
        <source>The language spoken in this recording</source>
        <translation>De taal die in deze opname gesproken wordt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Why Transcribe is off</source>
        <translation>Waarom Uitschrijven uit staat</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>Ma&amp;p…</translation>
    </message>
    <message>
        <source>Choose a speech model&apos;s folder</source>
        <translation>De map van een spraakmodel kiezen</translation>
    </message>
    <message>
        <source>A faster-whisper model you have on this computer or a stick (model.bin, config.json)</source>
        <translation>Een faster-whisper-model dat u op deze computer of een stick hebt (model.bin, config.json)</translation>
    </message>
    <message>
        <source>Transcription status</source>
        <translation>Stand van het uitschrijven</translation>
    </message>
    <message>
        <source>&amp;Transcribe</source>
        <translation>&amp;Uitschrijven</translation>
    </message>
    <message>
        <source>Start transcribing</source>
        <translation>Begin met uitschrijven</translation>
    </message>
    <message>
        <source>A transcription of this recording stopped halfway; Transcribe goes on where it stopped.</source>
        <translation>Het uitschrijven van deze opname is halverwege gestopt; Uitschrijven gaat verder waar het stopte.</translation>
    </message>
    <message>
        <source>{model} knows English only. For {language} choose a model that knows more languages: {names} (in the list: downloaded once when you start), or a model folder you have (Folder…).</source>
        <translation>{model} kent alleen Engels. Kies voor {language} een model dat meer talen kent: {names} (in de lijst: eenmalig gedownload als u begint), of een modelmap die u hebt (Map…).</translation>
    </message>
    <message>
        <source>This recording cannot be transcribed: {reason} A transcript holds the same words as the recording, so it needs the same consent.</source>
        <translation>Deze opname kan niet worden uitgeschreven: {reason} Een transcript bevat dezelfde woorden als de opname en vraagt dus dezelfde toestemming.</translation>
    </message>
    <message>
        <source>This Veldwerk has no transcription part (faster-whisper). Install Veldwerk with it (pip install &apos;veldwerk[transcribe]&apos;) or use the installer, which includes it. You can still type a transcript yourself: New segment.</source>
        <translation>Deze Veldwerk heeft geen onderdeel om uit te schrijven (faster-whisper). Installeer Veldwerk daarmee (pip install &apos;veldwerk[transcribe]&apos;) of gebruik het installatieprogramma, dat het bevat. U kunt een transcript ook zelf typen: Nieuw stuk.</translation>
    </message>
    <message>
        <source>{name} (about {size}, downloaded when you start)</source>
        <translation>{name} (ongeveer {size}, gedownload als u begint)</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>alleen Engels</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>{name} downloaden…</translation>
    </message>
    <message>
        <source>Downloading {name} first; then the text appears beside the recording as it is written.</source>
        <translation>Eerst wordt {name} gedownload; daarna verschijnt de tekst naast de opname terwijl hij geschreven wordt.</translation>
    </message>
    <message>
        <source>Another recording is being transcribed; one at a time. Try again when it is done.</source>
        <translation>Er wordt al een andere opname uitgeschreven; één tegelijk. Probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <source>Connect to the internet and try again, or copy a model folder from another computer and choose it with Folder…. Nothing was transcribed.</source>
        <translation>Maak verbinding met internet en probeer het opnieuw, of kopieer een modelmap van een andere computer en kies die met Map…. Er is niets uitgeschreven.</translation>
    </message>
    <message>
        <source>A speech model&apos;s folder</source>
        <translation>De map van een spraakmodel</translation>
    </message>
    <message>
        <source>{folder} holds no speech model: a faster-whisper model&apos;s folder has model.bin, config.json and the tokenizer in it.</source>
        <translation>In {folder} staat geen spraakmodel: de map van een faster-whisper-model bevat model.bin, config.json en de tokenizer.</translation>
    </message>
    <message>
        <source>Download the model?</source>
        <translation>Het model downloaden?</translation>
    </message>
    <message>
        <source>{name} is not on this computer yet. Download it now (about {size})? It comes once from the models&apos; download site (Hugging Face) into {folder}; the recording itself never leaves this computer, and later transcriptions need no connection.</source>
        <translation>{name} staat nog niet op deze computer. Nu downloaden (ongeveer {size})? Het komt eenmalig van de downloadsite van de modellen (Hugging Face) in {folder}; de opname zelf verlaat deze computer nooit, en later uitschrijven heeft geen verbinding nodig.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Replace the transcript?</source>
        <translation>Het transcript vervangen?</translation>
    </message>
    <message>
        <source>This recording has a transcript already. A new one replaces it, with every correction made to it.</source>
        <translation>Deze opname heeft al een transcript. Een nieuw transcript vervangt het, met elke verbetering die erin is gemaakt.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} van {total}</translation>
    </message>
    <message>
        <source>Downloading {name}: {done} of {total}</source>
        <translation>{name} downloaden: {done} van {total}</translation>
    </message>
    <message>
        <source>Transcribing… The text appears beside the recording as it is written.</source>
        <translation>Bezig met uitschrijven… De tekst verschijnt naast de opname zodra hij geschreven is.</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Bezig met uitschrijven…</translation>
    </message>
    <message>
        <source>Stopped. The download was broken off and nothing of it was kept; nothing was transcribed.</source>
        <translation>Gestopt. Het downloaden is afgebroken en er is niets van bewaard; er is niets uitgeschreven.</translation>
    </message>
    <message>
        <source>Stopped. What was written so far is kept; Transcribe goes on from there.</source>
        <translation>Gestopt. Wat al geschreven is, blijft bewaard; Uitschrijven gaat daar verder.</translation>
    </message>
    <message>
        <source>Transcribed. Correct the text beside the recording.</source>
        <translation>Uitgeschreven. Verbeter de tekst naast de opname.</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>the transcript</source>
        <translation>het transcript</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>No transcript yet. Transcribe the recording, or type it yourself: {keys} starts a segment where you are listening.</source>
        <translation>Nog geen transcript. Laat de opname uitschrijven, of typ het zelf: {keys} begint een stuk waar u nu luistert.</translation>
    </message>
    <message>
        <source>What was said, segment by segment</source>
        <translation>Wat er gezegd is, stuk voor stuk</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo remove segment</source>
        <translation>Verwijderen van stuk ongedaan maken</translation>
    </message>
    <message>
        <source>Put the removed segment back</source>
        <translation>Zet het verwijderde stuk terug</translation>
    </message>
    <message>
        <source>This transcript can be read, not changed: {reason}</source>
        <translation>Dit transcript kan gelezen worden, niet veranderd: {reason}</translation>
    </message>
    <message>
        <source>the speaker</source>
        <translation>de spreker</translation>
    </message>
</context>
<context>
    <name>Transcripts</name>
    <message>
        <source>This recording is still being made; transcribe it once it has stopped.</source>
        <translation>Deze opname loopt nog; schrijf haar uit als ze gestopt is.</translation>
    </message>
    <message>
        <source>This recording has a transcript already.</source>
        <translation>Deze opname heeft al een transcript.</translation>
    </message>
    <message>
        <source>Making a new one replaces it, with every correction made to it: ask for that (--replace), or go on with the one there is.</source>
        <translation>Een nieuw transcript vervangt het, met elke verbetering erin: vraag daar uitdrukkelijk om (--replace), of werk verder met het transcript dat er is.</translation>
    </message>
    <message>
        <source>Another transcription of this project is running (process {pid}).</source>
        <translation>Er loopt al een andere uitschrijving van dit project (proces {pid}).</translation>
    </message>
    <message>
        <source>One runs at a time: wait until it has finished, or cancel it, then try again.</source>
        <translation>Er loopt er één tegelijk: wacht tot die klaar is, of annuleer hem, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The sound of this recording is not on this computer.</source>
        <translation>Het geluid van deze opname staat niet op deze computer.</translation>
    </message>
    <message>
        <source>Transcribe it on the computer that holds it, or check the media with veldwerk audio check.</source>
        <translation>Schrijf haar uit op de computer waar ze staat, of controleer de media met veldwerk audio check.</translation>
    </message>
    <message>
        <source>The speech engine stopped before the end ({detail}).</source>
        <translation>Het spraakmodel stopte voor het einde ({detail}).</translation>
    </message>
    <message>
        <source>What was transcribed so far is kept; Transcribe goes on from there.</source>
        <translation>Wat al uitgeschreven is, blijft bewaard; Uitschrijven gaat daar verder.</translation>
    </message>
    <message>
        <source>The recording could not be read for transcribing.</source>
        <translation>De opname kon niet worden gelezen om uit te schrijven.</translation>
    </message>
    <message>
        <source>Check it with veldwerk audio check; the transcript so far is kept.</source>
        <translation>Controleer haar met veldwerk audio check; het transcript tot nu toe blijft bewaard.</translation>
    </message>
    <message>
        <source>No transcript may be made of this recording. {reason}</source>
        <translation>Van deze opname mag geen transcript worden gemaakt. {reason}</translation>
    </message>
    <message>
        <source>A transcript needs everyone&apos;s consent to audio, as the recording does; nothing was written or sent anywhere.</source>
        <translation>Een transcript vraagt ieders toestemming voor geluid, net als de opname; er is niets geschreven of verstuurd.</translation>
    </message>
    <message>
        <source>{language} is not a language the speech models know; give a code such as nl, en or pl.</source>
        <translation>{language} is geen taal die de spraakmodellen kennen; geef een code zoals nl, en of pl.</translation>
    </message>
    <message>
        <source>A segment must lie within the recording (0 to {ms} ms) and end after it starts.</source>
        <translation>Een stuk moet binnen de opname liggen (0 tot {ms} ms) en eindigen na zijn begin.</translation>
    </message>
    <message>
        <source>The transcript {id} no longer exists.</source>
        <translation>Het transcript {id} bestaat niet meer.</translation>
    </message>
    <message>
        <source>A segment has one speaker: a participant or a team member.</source>
        <translation>Een stuk heeft één spreker: een deelnemer of een teamlid.</translation>
    </message>
    <message>
        <source>The speaker must be one of the interview&apos;s participants or a team member.</source>
        <translation>De spreker moet een van de deelnemers van het gesprek zijn, of een teamlid.</translation>
    </message>
    <message>
        <source>The segment {id} no longer exists.</source>
        <translation>Het stuk {id} bestaat niet meer.</translation>
    </message>
    <message>
        <source>Line {line} of the transcript cannot be read: {why}.</source>
        <translation>Regel {line} van het transcript is niet te lezen: {why}.</translation>
    </message>
    <message>
        <source>Give an SRT or WebVTT file, or plain text whose lines start with a time such as [00:01:05]; nothing was imported.</source>
        <translation>Geef een SRT- of WebVTT-bestand, of platte tekst waarvan de regels met een tijd beginnen, zoals [00:01:05]; er is niets ingelezen.</translation>
    </message>
    <message>
        <source>a time that is not hh:mm:ss,mmm</source>
        <translation>een tijd die niet de vorm uu:mm:ss,mmm heeft</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>het eindigt voordat het begint</translation>
    </message>
    <message>
        <source>The file holds no timed text.</source>
        <translation>Het bestand bevat geen tekst met tijden.</translation>
    </message>
    <message>
        <source>{path} is too large for a transcript.</source>
        <translation>{path} is te groot voor een transcript.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} is geen UTF-8-tekst.</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 text (SRT, WebVTT or .txt).</source>
        <translation>Sla het opnieuw op als UTF-8-tekst (SRT, WebVTT of .txt).</translation>
    </message>
    <message>
        <source>{path} cannot be read ({why}).</source>
        <translation>{path} is niet te lezen ({why}).</translation>
    </message>
    <message>
        <source>Segments read onto the recording: {n}.</source>
        <translation>Stukken bij de opname ingelezen: {n}.</translation>
    </message>
    <message>
        <source>Left out, as they start after the recording&apos;s end: {n}.</source>
        <translation>Weggelaten, want ze beginnen na het einde van de opname: {n}.</translation>
    </message>
    <message>
        <source>No single recording has the id {id}.</source>
        <translation>Er is niet precies één opname met de id {id}.</translation>
    </message>
    <message>
        <source>veldwerk recordings lists them.</source>
        <translation>veldwerk recordings toont ze.</translation>
    </message>
    <message>
        <source>{done} of {total} minutes transcribed</source>
        <translation>{done} van {total} minuten uitgeschreven</translation>
    </message>
    <message>
        <source>Downloading the model: {done} of about {total} MB</source>
        <translation>Het model wordt gedownload: {done} van ongeveer {total} MB</translation>
    </message>
    <message>
        <source>{what} Nothing was transcribed.</source>
        <translation>{what} Er is niets uitgeschreven.</translation>
    </message>
    <message>
        <source>Stopped after {done} minutes; what was transcribed is kept. The same command goes on from there.</source>
        <translation>Gestopt na {done} minuten; wat is uitgeschreven, blijft bewaard. Dezelfde opdracht gaat vanaf daar verder.</translation>
    </message>
    <message>
        <source>{id}: {n} segment</source>
        <translation>{id}: {n} stuk</translation>
    </message>
    <message>
        <source>{id}: {n} segments</source>
        <translation>{id}: {n} stukken</translation>
    </message>
    <message>
        <source>This recording has no transcript yet.</source>
        <translation>Deze opname heeft nog geen transcript.</translation>
    </message>
    <message>
        <source>Make one with veldwerk transcribe {id}.</source>
        <translation>Maak er een met veldwerk transcribe {id}.</translation>
    </message>
    <message>
        <source>Not finished: transcribed up to {time}.</source>
        <translation>Niet klaar: uitgeschreven tot {time}.</translation>
    </message>
    <message>
        <source>{folder} holds no speech model (no model.bin and config.json).</source>
        <translation>{folder} bevat geen spraakmodel (geen model.bin en config.json).</translation>
    </message>
    <message>
        <source>Choose the folder of a faster-whisper model, or give a model&apos;s name, such as small.</source>
        <translation>Kies de map van een faster-whisper-model, of geef de naam van een model, zoals small.</translation>
    </message>
    <message>
        <source>The model {model} knows English only; this recording is in {language}.</source>
        <translation>Het model {model} kent alleen Engels; deze opname is in het {language}.</translation>
    </message>
    <message>
        <source>Choose a model that knows more languages; for Dutch: {models} (for example --model {first}).</source>
        <translation>Kies een model dat meer talen kent; voor Nederlands: {models} (bijvoorbeeld --model {first}).</translation>
    </message>
    <message>
        <source>There is no speech model on this computer.</source>
        <translation>Er staat geen spraakmodel op deze computer.</translation>
    </message>
    <message>
        <source>Give a model&apos;s folder (--model DIR), or a name to download it once (for Dutch: --model small, medium or large-v3-turbo).</source>
        <translation>Geef de map van een model (--model MAP), of een naam om het eenmalig te downloaden (voor Nederlands: --model small, medium of large-v3-turbo).</translation>
    </message>
    <message>
        <source>There is no model called {model}.</source>
        <translation>Er is geen model dat {model} heet.</translation>
    </message>
    <message>
        <source>Give a model&apos;s folder, or one of these names: {names}.</source>
        <translation>Geef de map van een model, of een van deze namen: {names}.</translation>
    </message>
    <message>
        <source>The model {model} is not on this computer yet.</source>
        <translation>Het model {model} staat nog niet op deze computer.</translation>
    </message>
    <message>
        <source>Download it first (about {size} MB).</source>
        <translation>Download het eerst (ongeveer {size} MB).</translation>
    </message>
    <message>
        <source>The download of {model} was broken off; nothing of it was kept.</source>
        <translation>Het downloaden van {model} is afgebroken; er is niets van bewaard.</translation>
    </message>
    <message>
        <source>The model {model} could not be downloaded: there is no connection to the model&apos;s download site.</source>
        <translation>Het model {model} kon niet worden gedownload: er is geen verbinding met de downloadsite van het model.</translation>
    </message>
    <message>
        <source>Connect to the internet and try again, or copy a model folder from another computer and give it with --model DIR. Nothing was transcribed.</source>
        <translation>Maak verbinding met internet en probeer het opnieuw, of kopieer een modelmap van een andere computer en geef die met --model MAP. Er is niets uitgeschreven.</translation>
    </message>
    <message>
        <source>Transcribing needs faster-whisper, which is not installed.</source>
        <translation>Uitschrijven heeft faster-whisper nodig, en dat is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>Install it with: pip install &apos;veldwerk[transcribe]&apos;.</source>
        <translation>Installeer het met: pip install &apos;veldwerk[transcribe]&apos;.</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Golfvorm</translation>
    </message>
    <message>
        <source>Click to listen from that moment</source>
        <translation>Klik om vanaf dat moment te luisteren</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdrawal of {code}</source>
        <translation>Terugtrekking van {code}</translation>
    </message>
    <message>
        <source>{code} withdraws from the research</source>
        <translation>{code} trekt zich terug uit het onderzoek</translation>
    </message>
    <message>
        <source>Stop further use</source>
        <translation>Niet meer gebruiken</translation>
    </message>
    <message>
        <source>Keep the data, but never use them in a report or export again</source>
        <translation>Bewaar de gegevens, maar gebruik ze nooit meer in een verslag of export</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>Erase their interviews, notes, recordings, consent forms and details; this cannot be undone</source>
        <translation>Wis hun interviews, aantekeningen, opnamen, toestemmingsformulieren en gegevens; dit kan niet ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>Erasing removes their own interviews with notes and recordings, their consent forms, signature and identifying details, also from older backups. Group conversations others took part in are kept without them. Only the code, date and reason remain, so that the erasure reaches the coordinator too.</source>
        <translation>Wissen verwijdert hun eigen interviews met aantekeningen en opnamen, hun toestemmingsformulieren, handtekening en persoonsgegevens, ook uit oudere reservekopieën. Groepsgesprekken waar anderen aan meededen blijven bewaard, zonder hen. Alleen de code, de datum en de reden blijven over, zodat het wissen ook de coördinator bereikt.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>For example: asked by phone on 2 October</source>
        <translation>Bijvoorbeeld: telefonisch gevraagd op 2 oktober</translation>
    </message>
    <message>
        <source>Reason, e.g. asked by phone on 2 October</source>
        <translation>Reden, bijv. telefonisch gevraagd op 2 oktober</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Wat er is gedaan</translation>
    </message>
    <message>
        <source>Confirm withdrawal</source>
        <translation>Terugtrekking bevestigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Erase everything of {code}</source>
        <translation>Alles van {code} wissen</translation>
    </message>
    <message>
        <source>Stop use of {code}</source>
        <translation>Gebruik van {code} stoppen</translation>
    </message>
    <message>
        <source>Give a reason (for example: the participant asked by phone).</source>
        <translation>Geef een reden (bijvoorbeeld: de deelnemer vroeg het telefonisch).</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>less than a minute</source>
        <translation>minder dan een minuut</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} minuut</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minuten</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} uur</translation>
    </message>
</context>
</TS>
