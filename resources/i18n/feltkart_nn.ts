<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn" sourcelanguage="en">
<context>
    <name>AgendaPane</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Today ({n})</source>
        <translation>I dag ({n})</translation>
    </message>
    <message>
        <source>The next six days ({n})</source>
        <translation>Dei neste seks dagane ({n})</translation>
    </message>
    <message>
        <source>Next steps overdue ({n})</source>
        <translation>Forfalne neste steg ({n})</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment: {name}</source>
        <translation>Avtale: {name}</translation>
    </message>
    <message>
        <source>Town hall, or a video link</source>
        <translation>Rådhuset, eller ei videolenkje</translation>
    </message>
    <message>
        <source>Names are personal data: exported only when asked for</source>
        <translation>Namn er personopplysningar: dei blir eksporterte berre når du ber om det</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Varigheit:</translation>
    </message>
    <message>
        <source>&amp;Place or link:</source>
        <translation>&amp;Stad eller lenkje:</translation>
    </message>
    <message>
        <source>With w&amp;hom:</source>
        <translation>Med &amp;kven:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otat:</translation>
    </message>
</context>
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passfrase</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Vis passfrasen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passfrase:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Skriv passfrasen.</translation>
    </message>
    <message>
        <source>That passphrase does not open it (try {n}). Check it: letters, spaces and capitals count, and Caps Lock may be on.</source>
        <translation>Den passfrasen opnar han ikkje (forsøk {n}). Sjekk han: bokstavar, mellomrom og store bokstavar tel, og Caps Lock kan vere på.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to a coordinator</source>
        <translation>Tildel til ein koordinator</translation>
    </message>
    <message>
        <source>&amp;Nobody: take the assignment away</source>
        <translation>&amp;Ingen: fjern tildelinga</translation>
    </message>
    <message>
        <source>{n} municipalities to &amp;coordinator:</source>
        <translation>{n} kommunar til &amp;koordinator:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Tildel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write the coordinator&apos;s name, or tick Nobody.</source>
        <translation>Skriv namnet på koordinatoren, eller kryss av for Ingen.</translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Contact attempt: {name}</source>
        <translation>Kontaktforsøk: {name}</translation>
    </message>
    <message>
        <source>&amp;Final: no more attempts</source>
        <translation>&amp;Endeleg: ingen fleire forsøk</translation>
    </message>
    <message>
        <source>A final outcome decides the municipality&apos;s status: refused, not eligible, or not reached</source>
        <translation>Eit endeleg utfall avgjer statusen til kommunen: takka nei, ikkje aktuell eller ikkje nådd</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Whom (&amp;role):</source>
        <translation>K&amp;ven (rolle):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otat:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Ne&amp;ste steg:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Name and contact (personal data, optional)</source>
        <translation>Namn og kontakt (personopplysningar, valfritt)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>Kon&amp;takt:</translation>
    </message>
    <message>
        <source>The attempt is dated {when}, later than now. Is the date right?</source>
        <translation>Forsøket er datert {when}, seinare enn no. Er datoen rett?</translation>
    </message>
    <message>
        <source>The attempt is dated {when}, before the fieldwork began. Is the date right?</source>
        <translation>Forsøket er datert {when}, før feltarbeidet tok til. Er datoen rett?</translation>
    </message>
    <message>
        <source>Check the date</source>
        <translation>Sjekk datoen</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>Lagre likevel?</translation>
    </message>
</context>
<context>
    <name>BackupsChoice</name>
    <message>
        <source>{n} plain backups beside the database (they hold the same data, unencrypted)</source>
        <translation>{n} ukrypterte tryggingskopiar ved sida av databasen (dei har dei same dataa, ukryptert)</translation>
    </message>
    <message>
        <source>Encrypt them &amp;too (recommended)</source>
        <translation>Krypter dei &amp;òg (tilrådd)</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Slett dei</translation>
    </message>
    <message>
        <source>&amp;Keep them unencrypted (I will move or delete them myself)</source>
        <translation>&amp;Behald dei ukryptert (eg flyttar eller slettar dei sjølv)</translation>
    </message>
</context>
<context>
    <name>ChangeSampleDialog</name>
    <message>
        <source>Add to the sample</source>
        <translation>Legg til i utvalet</translation>
    </message>
    <message>
        <source>Drop from the sample</source>
        <translation>Ta ut av utvalet</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Namn eller nummer</translation>
    </message>
    <message>
        <source>For example: replaces Hemnes, which refused</source>
        <translation>Til dømes: erstattar Hemnes, som takka nei</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grunngjeving:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Ta ut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Give the reason: it is kept with the change.</source>
        <translation>Skriv grunngjevinga: ho blir lagra med endringa.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>All counties</source>
        <translation>Alle fylke</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Rural {c} / central</source>
        <translation>Distrikt {c} / sentral</translation>
    </message>
    <message>
        <source>All six classes</source>
        <translation>Alle seks klassane</translation>
    </message>
    <message>
        <source>Rural (distriktskommuner): centrality classes {c} in this study&apos;s settings; the other definition in use, or all six classes side by side, for comparison</source>
        <translation>Distriktskommunar: sentralitetsklasse {c} etter innstillingane i studien; den andre definisjonen i bruk, eller alle seks klassane side om side, til samanlikning</translation>
    </message>
    <message>
        <source>Interviewed or not</source>
        <translation>Intervjua eller ikkje</translation>
    </message>
    <message>
        <source>Took part in {scheme}</source>
        <translation>Delteke i {scheme}</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Any interview says so</source>
        <translation>Minst eitt intervju seier det</translation>
    </message>
    <message>
        <source>Latest interview only</source>
        <translation>Berre siste intervju</translation>
    </message>
    <message>
        <source>How a municipality with several interviews is counted: yes if any of its interviews says so, or only its latest interview. Compare the two to see whether a finding hinges on how often a municipality was interviewed.</source>
        <translation>Korleis ein kommune med fleire intervju blir talt: ja viss minst eitt av intervjua seier det, eller berre det siste intervjuet. Samanlikn dei to for å sjå om eit funn kjem an på kor ofte ein kommune vart intervjua.</translation>
    </message>
    <message>
        <source>Include d&amp;rafts</source>
        <translation>Ta med &amp;utkast</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>F&amp;ylke:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Fr&amp;å:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <source>Coor&amp;dinator:</source>
        <translation>Koo&amp;rdinator:</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deltaking</translation>
    </message>
    <message>
        <source>Awareness to participation</source>
        <translation>Frå kjennskap til deltaking</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Utbyte</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barrierar</translation>
    </message>
    <message>
        <source>Fieldwork coverage</source>
        <translation>Dekning i feltarbeidet</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Svarprosent</translation>
    </message>
    <message>
        <source>Fieldwork progress</source>
        <translation>Framdrift i feltarbeidet</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Map &amp;colours:</source>
        <translation>Kart&amp;fargar:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupper:</translation>
    </message>
    <message>
        <source>Co&amp;unting:</source>
        <translation>T&amp;eljing:</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Tal</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Reknar ut…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Lagre diagram…</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>K&amp;opier</translation>
    </message>
    <message>
        <source>Copy the chart as an image, or the numbers as a table (Ctrl+Shift+C)</source>
        <translation>Kopier diagrammet som bilete, eller tala som tabell (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Not a date: write it as dd.mm.yyyy, for example 01.03.2026</source>
        <translation>Ikkje ein dato: skriv han som dd.mm.åååå, til dømes 01.03.2026</translation>
    </message>
    <message>
        <source>«{text}» is not a date: write it as dd.mm.yyyy</source>
        <translation>«{text}» er ikkje ein dato: skriv han som dd.mm.åååå</translation>
    </message>
    <message>
        <source>The period ends before it begins</source>
        <translation>Perioden sluttar før han byrjar</translation>
    </message>
    <message>
        <source>«To» ({last}) is before «From» ({first}): give the first date first; the charts keep the previous period.</source>
        <translation>«Til» ({last}) er før «Frå» ({first}): skriv den første datoen først; diagramma viser framleis den førre perioden.</translation>
    </message>
    <message>
        <source>1 municipality</source>
        <translation>1 kommune</translation>
    </message>
    <message>
        <source>{m} municipalities</source>
        <translation>{m} kommunar</translation>
    </message>
    <message>
        <source>1 interview</source>
        <translation>1 intervju</translation>
    </message>
    <message>
        <source>{i} interviews</source>
        <translation>{i} intervju</translation>
    </message>
    <message>
        <source>{municipalities} from {interviews}</source>
        <translation>{municipalities} frå {interviews}</translation>
    </message>
    <message>
        <source>The numbers could not be computed ({reason}); see the log.</source>
        <translation>Tala kunne ikkje reknast ut ({reason}); sjå loggen.</translation>
    </message>
    <message>
        <source>Cancelled: the charts show the previous numbers.</source>
        <translation>Avbrote: diagramma viser dei førre tala.</translation>
    </message>
    <message>
        <source>{name} ({county}), centrality class {k}: {n} interviews</source>
        <translation>{name} ({county}), sentralitetsklasse {k}: {n} intervju</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lagre diagram</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagrammet vart ikkje lagra</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Lagra {path}</translation>
    </message>
    <message>
        <source>The numbers are copied: paste them into a spreadsheet.</source>
        <translation>Tala er kopierte: lim dei inn i eit rekneark.</translation>
    </message>
    <message>
        <source>The chart is copied as an image.</source>
        <translation>Diagrammet er kopiert som bilete.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Raised it</source>
        <translation>Tok det opp</translation>
    </message>
    <message>
        <source>Share (95 % interval)</source>
        <translation>Del (95 %-intervall)</translation>
    </message>
    <message>
        <source>No themes yet: mark passages of the quotes and notes with themes in Sitater (Ctrl+2).</source>
        <translation>Ingen tema enno: merk utdrag av sitata og notata med tema under Sitat (Ctrl+2).</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>I papirkorga</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikkje sletta</translation>
    </message>
    <message>
        <source>«{value}» – {who}, {when}</source>
        <translation>«{value}» – {who}, {when}</translation>
    </message>
    <message>
        <source>(in use now)</source>
        <translation>(i bruk no)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>{municipality} {date}: first {a} ({sa}), second {b} ({sb})</source>
        <translation>{municipality} {date}: første {a} ({sa}), andre {b} ({sb})</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>In the sample</source>
        <translation>I utvalet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Whom (role)</source>
        <translation>Kven (rolle)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endeleg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Length (minutes)</source>
        <translation>Varigheit (minutt)</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Stad eller lenkje</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Med kven</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjerna</translation>
    </message>
    <message>
        <source>How the sample was made</source>
        <translation>Korleis utvalet vart laga</translation>
    </message>
    <message>
        <source>{name}: sample and assignment</source>
        <translation>{name}: utval og tildeling</translation>
    </message>
    <message>
        <source>{name}: contact attempt {when}</source>
        <translation>{name}: kontaktforsøk {when}</translation>
    </message>
    <message>
        <source>{name}: appointment {when}</source>
        <translation>{name}: avtale {when}</translation>
    </message>
    <message>
        <source>Kept, with the other laptop&apos;s changes</source>
        <translation>Behalde, med endringane frå den andre maskinen</translation>
    </message>
    <message>
        <source>removed on one laptop, changed on another</source>
        <translation>fjerna på éi maskin, endra på ei anna</translation>
    </message>
    <message>
        <source>theme «{name}»</source>
        <translation>temaet «{name}»</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>description</source>
        <translation>skildring</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farge</translation>
    </message>
    <message>
        <source>main theme</source>
        <translation>hovudtema</translation>
    </message>
    <message>
        <source>citable</source>
        <translation>siterbar</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>må gjennomgåast</translation>
    </message>
    <message>
        <source>where it begins</source>
        <translation>kvar det byrjar</translation>
    </message>
    <message>
        <source>where it ends</source>
        <translation>kvar det sluttar</translation>
    </message>
    <message>
        <source>marked words</source>
        <translation>merkte ord</translation>
    </message>
    <message>
        <source>Theme «{name}»</source>
        <translation>Tema «{name}»</translation>
    </message>
    <message>
        <source>{place}: passage «{words}»</source>
        <translation>{place}: utdrag «{words}»</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjerna</translation>
    </message>
    <message>
        <source>kept, with the other laptop&apos;s change</source>
        <translation>halde på, med endringa frå den andre maskina</translation>
    </message>
    <message>
        <source>marked with it</source>
        <translation>merkt med det</translation>
    </message>
    <message>
        <source>not marked with it</source>
        <translation>ikkje merkt med det</translation>
    </message>
    <message>
        <source>none (a main theme)</source>
        <translation>ingen (eit hovudtema)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>No conflicts: every answer has one value on all the laptops merged here.</source>
        <translation>Ingen konfliktar: kvart svar har éin verdi på alle maskinane som er slått saman her.</translation>
    </message>
    <message>
        <source>&amp;Use the chosen value</source>
        <translation>&amp;Bruk den valde verdien</translation>
    </message>
    <message>
        <source>Until you choose, the latest value is in use. Your choice travels to the other laptops with the next package, like any change.</source>
        <translation>Til du vel, er den siste verdien i bruk. Valet ditt følgjer med neste feltpakke til dei andre maskinane, som kva endring som helst.</translation>
    </message>
    <message>
        <source>Possible duplicates: the same municipality and date from two laptops</source>
        <translation>Moglege duplikat: same kommune og dato frå to maskinar</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Behald begge</translation>
    </message>
    <message>
        <source>Keep the &amp;first, the second is a duplicate</source>
        <translation>Behald det &amp;første, det andre er eit duplikat</translation>
    </message>
    <message>
        <source>Keep the s&amp;econd, the first is a duplicate</source>
        <translation>Behald det &amp;andre, det første er eit duplikat</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Feltarbeid</translation>
    </message>
    <message>
        <source>Themes and passages</source>
        <translation>Tema og utdrag</translation>
    </message>
    <message>
        <source>Value not used</source>
        <translation>Verdien vart ikkje brukt</translation>
    </message>
    <message>
        <source>This value cannot be used ({error}); choose another.</source>
        <translation>Denne verdien kan ikkje brukast ({error}); vel ein annan.</translation>
    </message>
    <message>
        <source>This value does not pass the interview guide&apos;s checks ({error}); choose another.</source>
        <translation>Verdien består ikkje kontrollane i intervjuguiden ({error}); vel ein annan.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Outcome or place</source>
        <translation>Utfall eller stad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Contact histor&amp;y:</source>
        <translation>Kontakthist&amp;orikk:</translation>
    </message>
    <message>
        <source>I&amp;nterviews:</source>
        <translation>Interv&amp;ju:</translation>
    </message>
    <message>
        <source>Choose a municipality in the list.</source>
        <translation>Vel ein kommune i lista.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({number}), {county}, class {k}&lt;br&gt;Status: {status} · Coordinator: {coordinator}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({number}), {county}, klasse {k}&lt;br&gt;Status: {status} · Koordinator: {coordinator}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endeleg</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>next: {step}</source>
        <translation>neste: {step}</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>&amp;Encrypt…</source>
        <translation>&amp;Krypter…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;Byt passfrase…</translation>
    </message>
    <message>
        <source>&amp;Remove encryption…</source>
        <translation>&amp;Fjern kryptering…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&lt;b&gt;The study&apos;s database is encrypted&lt;/b&gt; (SQLCipher, AES-256): the database, its backups and its field packages can be read only with the passphrase.&lt;br&gt;{path}</source>
        <translation>&lt;b&gt;Databasen til studien er kryptert&lt;/b&gt; (SQLCipher, AES-256): databasen, tryggingskopiane og feltpakkane kan berre lesast med passfrasen.&lt;br&gt;{path}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The study&apos;s database is not encrypted.&lt;/b&gt; Anyone who gets hold of this laptop, the file or a package of it can read the interviews, names and contacts. Encrypt it when the study holds personal data.&lt;br&gt;{path}</source>
        <translation>&lt;b&gt;Databasen til studien er ikkje kryptert.&lt;/b&gt; Alle som får tak i denne maskina, fila eller ein feltpakke av ho, kan lese intervjua, namna og kontaktopplysingane. Krypter ho når studien har personopplysingar.&lt;br&gt;{path}</translation>
    </message>
    <message>
        <source>Type the study&apos;s current passphrase.</source>
        <translation>Skriv den noverande passfrasen til studien.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Hald fram</translation>
    </message>
    <message>
        <source>Stopped: the database is as it was.</source>
        <translation>Stoppa: databasen er som han var.</translation>
    </message>
    <message>
        <source>The database could not be re-written: {error}. It is as it was.</source>
        <translation>Databasen kunne ikkje skrivast på nytt: {error}. Han er som før.</translation>
    </message>
    <message>
        <source>Backups re-written with the passphrase:</source>
        <translation>Tryggingskopiar skrivne på nytt med passfrasen:</translation>
    </message>
    <message>
        <source>Backups removed:</source>
        <translation>Tryggingskopiar sletta:</translation>
    </message>
    <message>
        <source>Backups left as they were (delete them or keep them safe):</source>
        <translation>Tryggingskopiar som er som før (slett dei eller ta trygt vare på dei):</translation>
    </message>
    <message>
        <source>Backups that could not be re-written (left as they were):</source>
        <translation>Tryggingskopiar som ikkje kunne skrivast på nytt (dei er som før):</translation>
    </message>
    <message>
        <source>Encrypt {path} with a passphrase. Every laptop of the study uses the same passphrase.</source>
        <translation>Krypter {path} med ein passfrase. Alle maskinene i studien brukar den same passfrasen.</translation>
    </message>
    <message>
        <source>Encrypting the study&apos;s database and its backups…</source>
        <translation>Krypterer databasen til studien og tryggingskopiane av han …</translation>
    </message>
    <message>
        <source>The study&apos;s database is encrypted. From now on Feltkart asks for the passphrase when it starts, and its packages are encrypted too.</source>
        <translation>Databasen til studien er kryptert. Frå no av spør Feltkart etter passfrasen når programmet startar, og feltpakkane blir òg krypterte.</translation>
    </message>
    <message>
        <source>The new passphrase for {path}. Tell it to the other coordinators: their laptops keep the old one until they change it too.</source>
        <translation>Den nye passfrasen for {path}. Gi han til dei andre koordinatorane: maskinene deira beheld den gamle til dei byter han òg.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Byt</translation>
    </message>
    <message>
        <source>Re-writing the database and its backups with the new passphrase…</source>
        <translation>Skriv databasen og tryggingskopiane på nytt med den nye passfrasen …</translation>
    </message>
    <message>
        <source>The passphrase is changed: the database opens with the new one only.</source>
        <translation>Passfrasen er bytt: databasen blir berre opna med den nye.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Fjern kryptering</translation>
    </message>
    <message>
        <source>The database will be stored unencrypted: anyone who gets hold of the file can read the interviews, names and contacts, and its packages are no longer encrypted. Remove the encryption?</source>
        <translation>Databasen blir lagra ukryptert: alle som får tak i fila, kan lese intervjua, namna og kontaktopplysingane, og feltpakkane blir ikkje lenger krypterte. Fjerne krypteringa?</translation>
    </message>
    <message>
        <source>The database is stored unencrypted now.</source>
        <translation>Databasen er no lagra ukryptert.</translation>
    </message>
    <message>
        <source>Writing the database unencrypted…</source>
        <translation>Skriv databasen ukryptert …</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Slett personopplysningar</translation>
    </message>
    <message>
        <source>The &amp;whole study: every informant and contact person</source>
        <translation>&amp;Heile studien: alle informantar og kontaktpersonar</translation>
    </message>
    <message>
        <source>&amp;One informant, on request:</source>
        <translation>Éin &amp;informant, etter førespurnad:</translation>
    </message>
    <message>
        <source>interview id-number, as in the export&apos;s informanter sheet</source>
        <translation>intervju-id-nummer, som i informantar-arket i eksporten</translation>
    </message>
    <message>
        <source>What to erase</source>
        <translation>Kva som blir sletta</translation>
    </message>
    <message>
        <source>Erased: the names and contacts of informants (in the interviews) and of contact persons (in contact attempts and appointments), in the current answers, in every earlier version kept in the change log, and in the search index; then the database file is rebuilt so that the deleted bytes are gone too. Kept: roles, every other answer, notes, the fieldwork and the statistics. A record of the erasure (who, when, what) takes their place and goes with the next field packages, so that every laptop that merges one erases the same.</source>
        <translation>Blir sletta: namn og kontaktinformasjon til informantar (i intervjua) og kontaktpersonar (i kontaktforsøk og avtalar), i svara slik dei står no, i alle tidlegare versjonar i endringsloggen og i søkjeindeksen; deretter blir databasefila bygd opp på nytt, så dei sletta bytane òg er borte. Blir verande: roller, alle andre svar, notat, feltarbeidet og statistikken. Ei oppføring om slettinga (kven, når, kva) kjem i staden og følgjer med dei neste feltpakkane, så kvar maskin som slår saman ein av dei, slettar det same.</translation>
    </message>
    <message>
        <source>I &amp;understand: the names and contacts cannot be brought back, not even by Undo or from a field package made later</source>
        <translation>Eg &amp;forstår: namna og kontaktinformasjonen kan ikkje hentast tilbake, korkje med Angre eller frå ein feltpakke som blir laga seinare</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The study has no retention date (set one in File → Settings).</source>
        <translation>Studien har ingen slettedato (set ein under Fil → Innstillingar).</translation>
    </message>
    <message>
        <source>The study&apos;s personal data are to be erased by {date}.</source>
        <translation>Personopplysningane i studien skal slettast innan {date}.</translation>
    </message>
    <message>
        <source>Backups beside the database</source>
        <translation>Tryggingskopiar ved sida av databasen</translation>
    </message>
    <message>
        <source>Also &amp;delete these backups</source>
        <translation>Slett òg &amp;desse tryggingskopiane</translation>
    </message>
    <message>
        <source>There are no backups beside the database.</source>
        <translation>Det ligg ingen tryggingskopiar ved sida av databasen.</translation>
    </message>
    <message>
        <source>Feltkart wrote a backup beside the database before a migration or a merge; it still holds the names. Unless you delete it here, it stays where it is:</source>
        <translation>Feltkart skreiv ein tryggingskopi ved sida av databasen før ei oppgradering eller samanslåing; han inneheld framleis namna. Slettar du han ikkje her, blir han liggjande der han er:</translation>
    </message>
    <message>
        <source>Feltkart wrote {n} backups beside the database before migrations and merges; they still hold the names. Unless you delete them here, they stay where they are:</source>
        <translation>Feltkart skreiv {n} tryggingskopiar ved sida av databasen før oppgraderingar og samanslåingar; dei inneheld framleis namna. Slettar du dei ikkje her, blir dei liggjande der dei er:</translation>
    </message>
    <message>
        <source>Field packages made before the erasure, and exports with names, still hold the names: delete them where they are.</source>
        <translation>Feltpakkar laga før slettinga, og eksportar med namn, inneheld framleis namna: slett dei der dei ligg.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Slettar…</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Ingenting vart sletta: {reason}</translation>
    </message>
    <message>
        <source>Write the informant as the interview&apos;s id, a hyphen and the informant&apos;s number.</source>
        <translation>Skriv informanten som id-en til intervjuet, ein bindestrek og nummeret til informanten.</translation>
    </message>
    <message>
        <source>There is no interview with that id.</source>
        <translation>Det finst ikkje noko intervju med den id-en.</translation>
    </message>
    <message>
        <source>The interview has {n} informants.</source>
        <translation>Intervjuet har {n} informantar.</translation>
    </message>
    <message>
        <source>That informant has neither name nor contact: there is nothing to erase.</source>
        <translation>Den informanten har korkje namn eller kontaktinformasjon: det er ingenting å slette.</translation>
    </message>
    <message>
        <source>Erased. {n} change logs were rewritten; the record of the erasure goes with the next field packages.</source>
        <translation>Sletta. {n} endringsloggar vart skrivne om; oppføringa om slettinga følgjer med dei neste feltpakkane.</translation>
    </message>
    <message>
        <source>The backup was deleted.</source>
        <translation>Tryggingskopien vart sletta.</translation>
    </message>
    <message>
        <source>{n} backups deleted.</source>
        <translation>{n} tryggingskopiar sletta.</translation>
    </message>
    <message>
        <source>These backups still hold the names: {paths}</source>
        <translation>Desse tryggingskopiane inneheld framleis namna: {paths}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alle fylke</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Complete and drafts</source>
        <translation>Fullførte og utkast</translation>
    </message>
    <message>
        <source>Complete only</source>
        <translation>Berre fullførte</translation>
    </message>
    <message>
        <source>Drafts only</source>
        <translation>Berre utkast</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>F&amp;ylke:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datoar:</translation>
    </message>
    <message>
        <source>&amp;Interviews:</source>
        <translation>&amp;Intervju:</translation>
    </message>
    <message>
        <source>&amp;Use the charts&apos; filter</source>
        <translation>Br&amp;uk filteret til diagramma</translation>
    </message>
    <message>
        <source>County, dates, coordinator and drafts as the charts show them now</source>
        <translation>Fylke, datoar, koordinator og utkast slik diagramma viser dei no</translation>
    </message>
    <message>
        <source>Include the informants&apos; names and &amp;contact details</source>
        <translation>Ta med namn og kont&amp;aktinformasjon til informantane</translation>
    </message>
    <message>
        <source>Write an encrypted &amp;zip file (AES-256, opens in 7-Zip) with a passphrase</source>
        <translation>Skriv ei kryptert &amp;zip-fil (AES-256, kan opnast i 7-Zip) med passordfrase</translation>
    </message>
    <message>
        <source>Coordina&amp;tor:</source>
        <translation>K&amp;oordinator:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx), with codebook</source>
        <translation>&amp;Excel-arbeidsbok (.xlsx) med kodebok</translation>
    </message>
    <message>
        <source>CSV files for Excel in &amp;Norway (semicolon, decimal comma)</source>
        <translation>CSV-filer for Excel i &amp;Noreg (semikolon, desimalkomma)</translation>
    </message>
    <message>
        <source>CSV files for &amp;R, Stata, SPSS and Python (comma, UTF-8)</source>
        <translation>CSV-filer for &amp;R, Stata, SPSS og Python (komma, UTF-8)</translation>
    </message>
    <message>
        <source>&amp;PDF report: charts and tables</source>
        <translation>&amp;PDF-rapport: diagram og tabellar</translation>
    </message>
    <message>
        <source>&amp;Quotes and themes as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
        <translation>&amp;Sitat og tema som REFI-QDA-prosjekt (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder</translation>
    </message>
    <message>
        <source>The project holds the quotes and notes as typed, with their themes and marked passages; no names or contact details: an interview is named by its municipality and date, its informants by role.</source>
        <translation>Prosjektet har sitata og notata slik dei vart skrivne, med tema og merkte utdrag; ingen namn eller kontaktopplysingar: eit intervju er namngitt med kommune og dato, informantane med rolle.</translation>
    </message>
    <message>
        <source>The report holds numbers only: no names, no contact details, no free text.</source>
        <translation>Rapporten inneheld berre tal: ingen namn, ingen kontaktinformasjon, ingen fritekst.</translation>
    </message>
    <message>
        <source>The export WILL HOLD PERSONAL DATA in plain, unencrypted files: the informants&apos; names and contact details. Keep them only where the study&apos;s data protection plan allows personal data, and never send them by e-mail.</source>
        <translation>Eksporten VIL INNEHALDE PERSONOPPLYSNINGAR i vanlege, ukrypterte filer: namna og kontaktinformasjonen til informantane. Lagre dei berre der personvernplanen til studien tillèt personopplysningar, og send dei aldri med e-post.</translation>
    </message>
    <message>
        <source>The export holds personal data (the informants&apos; names and contact details) in one AES-256 encrypted zip file. Its passphrase is shown once when it is written: send it by another channel than the file.</source>
        <translation>Eksporten inneheld personopplysningar (namna og kontaktinformasjonen til informantane) i éi AES-256-kryptert zip-fil. Passordfrasen blir vist éin gong når fila er skriven: send han på ein annan kanal enn fila.</translation>
    </message>
    <message>
        <source>The export holds no names or contact details: informants appear by role and a pseudonymous id. Notes and quotes are exported as typed.</source>
        <translation>Eksporten inneheld ikkje namn eller kontaktinformasjon: informantane står med rolle og ein pseudonym id. Notat og sitat blir eksporterte slik dei er skrivne.</translation>
    </message>
    <message>
        <source>The dates must be real dates written dd.mm.yyyy, for example 01.03.2026.</source>
        <translation>Datoane må vere verkelege datoar skrivne dd.mm.åååå, til dømes 01.03.2026.</translation>
    </message>
    <message>
        <source>The report counts complete interviews (or complete and drafts), not drafts alone.</source>
        <translation>Rapporten tel fullførte intervju (eller fullførte og utkast), ikkje berre utkast.</translation>
    </message>
    <message>
        <source>The first date is after the last: give the first date first.</source>
        <translation>Den første datoen er etter den siste: skriv den første datoen først.</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Mappe for CSV-filene</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Encrypted zip (*.zip)</source>
        <translation>Kryptert zip-fil (*.zip)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA-prosjekt (*.qdpx)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksporter til</translation>
    </message>
    <message>
        <source>Nothing was written to {path}: {reason}.
Choose another place, or close the file in the program that has it open, and export again.</source>
        <translation>Ingenting vart skrive til {path}: {reason}.
Vel ein annan stad, eller lukk fila i programmet som har ho open, og eksporter på nytt.</translation>
    </message>
    <message>
        <source>The export failed ({error}); nothing was written. The log has the details.</source>
        <translation>Eksporten mislukkast ({error}); ingenting vart skrive. Loggen har detaljane.</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>mappa finst ikkje</translation>
    </message>
    <message>
        <source>a file has that name, choose a folder</source>
        <translation>ei fil har det namnet, vel ei mappe</translation>
    </message>
    <message>
        <source>no permission to write there, or the file is open in another program</source>
        <translation>ikkje løyve til å skrive der, eller fila er open i eit anna program</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Eksporten er ferdig</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Skrive: {path}</translation>
    </message>
    <message>
        <source>Written: {path}

The zip file is encrypted with AES-256. It opens in 7-Zip (Windows), Keka (macOS) or WinZip with this passphrase:</source>
        <translation>Skrive: {path}

Zip-fila er kryptert med AES-256. Ho kan opnast i 7-Zip (Windows), Keka (macOS) eller WinZip med denne passordfrasen:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Avbrote: ingenting vart skrive.</translation>
    </message>
</context>
<context>
    <name>FieldworkTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Siste kontakt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
</context>
<context>
    <name>FieldworkView</name>
    <message>
        <source>Sam&amp;ple</source>
        <translation>&amp;Utval</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Age&amp;nda</translation>
    </message>
    <message>
        <source>Response ra&amp;tes</source>
        <translation>Svar&amp;prosent</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Namn eller nummer</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Coor&amp;dinator:</source>
        <translation>Koor&amp;dinator:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>F&amp;ylke:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>K&amp;lasse:</translation>
    </message>
    <message>
        <source>R&amp;ural:</source>
        <translation>Distri&amp;kt:</translation>
    </message>
    <message>
        <source>&amp;Make sample…</source>
        <translation>La&amp;g utval…</translation>
    </message>
    <message>
        <source>Add to sampl&amp;e…</source>
        <translation>Legg t&amp;il i utvalet…</translation>
    </message>
    <message>
        <source>D&amp;rop…</source>
        <translation>Ta u&amp;t…</translation>
    </message>
    <message>
        <source>Ass&amp;ign… (Ctrl+T)</source>
        <translation>Tild&amp;el… (Ctrl+T)</translation>
    </message>
    <message>
        <source>New attempt… (Ctrl+K)</source>
        <translation>Nytt kontaktforsøk… (Ctrl+K)</translation>
    </message>
    <message>
        <source>New appointment… (Ctrl+Shift+K)</source>
        <translation>Ny avtale… (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>&amp;Calendar (.ics)…</source>
        <translation>Kalende&amp;r (.ics)…</translation>
    </message>
    <message>
        <source>The appointments as a file Outlook, Google Calendar and Apple&apos;s Calendar import</source>
        <translation>Avtalane som ei fil Outlook, Google Kalender og Kalender frå Apple kan importere</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Framleis opne</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen enno</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alle fylke</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>Distrikt</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Sentral</translation>
    </message>
    <message>
        <source>{when}: {name} added by {who}: {reason}</source>
        <translation>{when}: {name} lagd til av {who}: {reason}</translation>
    </message>
    <message>
        <source>{when}: {name} dropped by {who}: {reason}</source>
        <translation>{when}: {name} teken ut av {who}: {reason}</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} municipalities in the sample. {design}</source>
        <translation>Viser {shown} av {total} kommunar i utvalet. {design}</translation>
    </message>
    <message>
        <source>Remove this contact attempt? It can be restored from the history of changes.</source>
        <translation>Fjerne dette kontaktforsøket? Det kan hentast tilbake frå endringshistorikken.</translation>
    </message>
    <message>
        <source>Cancel this appointment?</source>
        <translation>Avlyse denne avtalen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Export appointments</source>
        <translation>Eksporter avtalar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation>Kalenderen vart ikkje lagra</translation>
    </message>
    <message>
        <source>Saved {path}: import it in Outlook or Google Calendar.</source>
        <translation>Lagra {path}: importer han i Outlook eller Google Kalender.</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Check the required answers and mark the interview complete (Ctrl+Enter)</source>
        <translation>Kontroller dei obligatoriske svara og merk intervjuet som fullført (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historikk…</translation>
    </message>
    <message>
        <source>Complete – reopen it to change answers. The reason is kept in its history.</source>
        <translation>Fullført – opne det att for å endre svar. Grunngjevinga blir lagra i historikken.</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Opne att…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Lagra {time}</translation>
    </message>
    <message>
        <source>1 marked passage of this text needs review in Sitater</source>
        <translation>1 merkt utdrag i denne teksten må gjennomgåast i Sitat</translation>
    </message>
    <message>
        <source>{n} marked passages of this text need review in Sitater</source>
        <translation>{n} merkte utdrag i denne teksten må gjennomgåast i Sitat</translation>
    </message>
    <message>
        <source>Not saved yet: the database is busy (a merge is running). Trying again…</source>
        <translation>Ikkje lagra enno: databasen er oppteken (ei samanslåing går føre seg). Prøver igjen…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Short guide to Feltkart</source>
        <translation>Kort rettleiing til Feltkart</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the interview</source>
        <translation>Historikken til intervjuet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Maskin</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papirkorg</translation>
    </message>
    <message>
        <source>{laptop} (this one)</source>
        <translation>{laptop} (denne)</translation>
    </message>
    <message>
        <source>In trash</source>
        <translation>I papirkorga</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gjenoppretta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>InformantsEditor</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Namn (valfritt)</translation>
    </message>
    <message>
        <source>Contact (optional)</source>
        <translation>Kontakt (valfritt)</translation>
    </message>
    <message>
        <source>Add informant</source>
        <translation>Legg til informant</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <source>One row per scheme. Year, took part and benefit open when the answer before them calls for it.</source>
        <translation>Éi rad per ordning. År, deltaking og utbyte blir opna når svaret framfor dei tilseier det.</translation>
    </message>
    <message>
        <source>Not complete: what is typed in {fields} could not be saved. Correct it first.</source>
        <translation>Ikkje fullført: det som er skrive i {fields}, kunne ikkje lagrast. Rett det først.</translation>
    </message>
    <message>
        <source>Choose one of those ticked in «{question}».</source>
        <translation>Vel ein av dei som er kryssa av i «{question}».</translation>
    </message>
    <message>
        <source>{scheme}, {question}: {error}</source>
        <translation>{scheme}, {question}: {error}</translation>
    </message>
    <message>
        <source>… and {n} more, framed in red.</source>
        <translation>… og {n} til, med raud ramme.</translation>
    </message>
    <message>
        <source>Not complete: {n} answers are missing or wrong. They are marked below; fix them and complete again.</source>
        <translation>Ikkje fullført: {n} svar manglar eller er feil. Dei er merka nedanfor; rett dei og fullfør på nytt.</translation>
    </message>
    <message>
        <source>The list of schemes has changed since this interview was opened: close it and open it again.</source>
        <translation>Lista over ordningar er endra sidan intervjuet vart opna: lukk det og opne det att.</translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Centrality</source>
        <translation>Sentralitet</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Sist endra</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Interview: {municipality}, {date}</source>
        <translation>Intervju: {municipality}, {date}</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>Ulagra innhald</translation>
    </message>
    <message>
        <source>What is typed in {fields} could not be saved (see the message at the field). Close anyway and lose it?</source>
        <translation>Det som er skrive i {fields}, kunne ikkje lagrast (sjå meldinga ved feltet). Lukke likevel og miste det?</translation>
    </message>
    <message>
        <source>Go back and correct it</source>
        <translation>Gå tilbake og rett det</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Lukk og mist det</translation>
    </message>
</context>
<context>
    <name>InterviewsView</name>
    <message>
        <source>Search notes, quotes and comments</source>
        <translation>Søk i notat, sitat og kommentarar</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papirkorg</translation>
    </message>
    <message>
        <source>Show deleted interviews, to restore them</source>
        <translation>Vis sletta intervju, for å gjenopprette dei</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>F&amp;ylke:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Rural:</source>
        <translation>&amp;Distrikt:</translation>
    </message>
    <message>
        <source>Coor&amp;dinator:</source>
        <translation>Koo&amp;rdinator:</translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nytt intervju…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Opne</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;lett</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Angre (Ctrl+Z)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alle fylke</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle klassar</translation>
    </message>
    <message>
        <source>Rural (class {c})</source>
        <translation>Distrikt (klasse {c})</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Sentrale</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} interviews</source>
        <translation>Viser {shown} av {total} intervju</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Papirkorga er tom.</translation>
    </message>
    <message>
        <source>No interview matches the search and the filters.</source>
        <translation>Ingen intervju passar til søket og filtra.</translation>
    </message>
    <message>
        <source>No interviews yet – Ctrl+N makes a new one</source>
        <translation>Ingen intervju enno – Ctrl+N lagar eit nytt</translation>
    </message>
    <message>
        <source>{interview} was moved to the trash.</source>
        <translation>{interview} vart flytt til papirkorga.</translation>
    </message>
    <message>
        <source>{interview} is back from the trash.</source>
        <translation>{interview} er tilbake frå papirkorga.</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interviews</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommunar</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Feltarbeid</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Ordningar</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktar</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <source>Opening {view}…</source>
        <translation>Opnar {view}…</translation>
    </message>
    <message>
        <source>Opening the encrypted database…</source>
        <translation>Opnar den krypterte databasen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nytt intervju…</translation>
    </message>
    <message>
        <source>Make field &amp;package…</source>
        <translation>Lag &amp;feltpakke…</translation>
    </message>
    <message>
        <source>Make field package for someone &amp;outside the study…</source>
        <translation>Lag feltpakke for nokon &amp;utanfor studien…</translation>
    </message>
    <message>
        <source>&amp;Merge field packages…</source>
        <translation>&amp;Slå saman feltpakkar…</translation>
    </message>
    <message>
        <source>&amp;Export data or report…</source>
        <translation>&amp;Eksporter data eller rapport…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillingar…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>Slett &amp;personopplysningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Short &amp;guide…</source>
        <translation>Kort &amp;rettleiing…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastatursnarvegar…</translation>
    </message>
    <message>
        <source>&amp;About Feltkart</source>
        <translation>&amp;Om Feltkart</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used from the next time you start Feltkart.</source>
        <translation>Det nye språket blir brukt frå neste gong du startar Feltkart.</translation>
    </message>
    <message>
        <source>About Feltkart</source>
        <translation>Om Feltkart</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Feltkart {version}&lt;/h3&gt;&lt;p&gt;Field interviews on rural municipalities&apos; use of national schemes for innovation, renewal and digitalisation.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;&lt;br&gt;{attribution}&lt;/p&gt;&lt;p&gt;Registry in use: {structure}; population 1 January {year}.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Feltkart {version}&lt;/h3&gt;&lt;p&gt;Feltintervju om korleis distriktskommunar deltek i og får utbyte av nasjonale ordningar for innovasjon, fornying og digitalisering.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datakjelder&lt;/b&gt;&lt;br&gt;{attribution}&lt;/p&gt;&lt;p&gt;Kommuneregister i bruk: {structure}; folketal 1. januar {year}.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DEMODATA</translation>
    </message>
    <message>
        <source>Study: {study} · Coordinator: {coordinator} · Registry {registry} · Rural: class {classes}</source>
        <translation>Studie: {study} · Koordinator: {coordinator} · Register {registry} · Distrikt: sentralitet {classes}</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merge report</source>
        <translation>Rapport frå samanslåinga</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Lagre rapport…</translation>
    </message>
    <message>
        <source>Merged 1 package: it held nothing new, so nothing changed and no backup was needed.</source>
        <translation>Slo saman 1 pakke: han hadde ikkje noko nytt, så ingenting vart endra, og det trongst ingen tryggingskopi.</translation>
    </message>
    <message>
        <source>Merged {n} packages: they held nothing new, so nothing changed and no backup was needed.</source>
        <translation>Slo saman {n} pakkar: dei hadde ikkje noko nytt, så ingenting vart endra, og det trongst ingen tryggingskopi.</translation>
    </message>
    <message>
        <source>Merged 1 package.</source>
        <translation>Slo saman 1 pakke.</translation>
    </message>
    <message>
        <source>Merged {n} packages.</source>
        <translation>Slo saman {n} pakkar.</translation>
    </message>
    <message>
        <source>New interviews: {i} · new changes: {c} · answers updated: {a}.</source>
        <translation>Nye intervju: {i} · nye endringar: {c} · svar oppdaterte: {a}.</translation>
    </message>
    <message>
        <source>New changes of the fieldwork (sample, assignments, contacts, appointments): {n}.</source>
        <translation>Nye endringar i feltarbeidet (utval, tildelingar, kontaktar, avtalar): {n}.</translation>
    </message>
    <message>
        <source>Refused: 1 file, nothing taken from it.</source>
        <translation>Avvist: 1 fil, ingenting henta frå ho.</translation>
    </message>
    <message>
        <source>Refused: {n} files, nothing taken from them.</source>
        <translation>Avvist: {n} filer, ingenting henta frå dei.</translation>
    </message>
    <message>
        <source>Stopped: 1 package not merged, nothing taken from it. Merge it again when you are ready.</source>
        <translation>Stoppa: 1 pakke ikkje slått saman, ingenting er henta frå han. Slå han saman igjen når du er klar.</translation>
    </message>
    <message>
        <source>Stopped: {n} packages not merged, nothing taken from them. Merge them again when you are ready.</source>
        <translation>Stoppa: {n} pakkar ikkje slått saman, ingenting er henta frå dei. Slå dei saman igjen når du er klar.</translation>
    </message>
    <message>
        <source>1 answer was changed on two laptops: see Conflicts.</source>
        <translation>1 svar vart endra på to maskinar: sjå Konfliktar.</translation>
    </message>
    <message>
        <source>{n} answers were changed on two laptops: see Conflicts.</source>
        <translation>{n} svar vart endra på to maskinar: sjå Konfliktar.</translation>
    </message>
    <message>
        <source>1 fieldwork field was changed on two laptops: see Conflicts.</source>
        <translation>1 felt i feltarbeidet vart endra på to maskinar: sjå Konfliktar.</translation>
    </message>
    <message>
        <source>{n} fieldwork fields were changed on two laptops: see Conflicts.</source>
        <translation>{n} felt i feltarbeidet vart endra på to maskinar: sjå Konfliktar.</translation>
    </message>
    <message>
        <source>1 theme or marked passage was changed on two laptops: see Conflicts.</source>
        <translation>1 tema eller merkt utdrag vart endra på to maskinar: sjå Konfliktar.</translation>
    </message>
    <message>
        <source>{n} themes or marked passages were changed on two laptops: see Conflicts.</source>
        <translation>{n} tema eller merkte utdrag vart endra på to maskinar: sjå Konfliktar.</translation>
    </message>
    <message>
        <source>1 possible duplicate interview: same municipality and date from two laptops.</source>
        <translation>1 mogleg duplikat: same kommune og dato frå to maskinar.</translation>
    </message>
    <message>
        <source>{n} possible duplicate interviews: same municipality and date from two laptops.</source>
        <translation>{n} moglege duplikat: same kommune og dato frå to maskinar.</translation>
    </message>
    <message>
        <source>1 deleted interview was edited on another laptop; restore it from the trash if the edits matter.</source>
        <translation>1 sletta intervju vart endra på ein annan maskin; gjenopprett det frå papirkorga viss endringane har noko å seie.</translation>
    </message>
    <message>
        <source>{n} deleted interviews were edited on another laptop; restore them from the trash if the edits matter.</source>
        <translation>{n} sletta intervju vart endra på ein annan maskin; gjenopprett dei frå papirkorga viss endringane har noko å seie.</translation>
    </message>
    <message>
        <source>This laptop&apos;s database is now encrypted with the study&apos;s key: from now on it opens with the study&apos;s passphrase (the one the package opened with), and packages between it and the study&apos;s other laptops need no passphrase typed.</source>
        <translation>Databasen på denne maskina er no kryptert med nøkkelen til studien: frå no av blir han opna med passfrasen til studien (den pakka vart opna med), og pakkar mellom han og dei andre maskinane i studien treng ingen passfrase.</translation>
    </message>
    <message>
        <source>These backups could not be re-written and still open with this laptop&apos;s old passphrase: {paths}</source>
        <translation>Desse tryggingskopiane kunne ikkje skrivast om og blir framleis opna med den gamle passfrasen til maskina: {paths}</translation>
    </message>
    <message>
        <source>This laptop&apos;s database could not take the study&apos;s key; it still opens with its own passphrase, and the study&apos;s packages ask for the study&apos;s. The log has the details.</source>
        <translation>Databasen på denne maskina kunne ikkje ta i bruk nøkkelen til studien; han blir framleis opna med sin eigen passfrase, og pakkane til studien spør etter passfrasen til studien. Loggen har detaljane.</translation>
    </message>
    <message>
        <source>A backup was written first: {path}</source>
        <translation>Ein tryggingskopi vart skriven først: {path}</translation>
    </message>
    <message>
        <source>Merged: {file}</source>
        <translation>Slått saman: {file}</translation>
    </message>
    <message>
        <source>Refused {file}: {reason}</source>
        <translation>Avvist {file}: {reason}</translation>
    </message>
    <message>
        <source>Not merged (stopped): {file}</source>
        <translation>Ikkje slått saman (stoppa): {file}</translation>
    </message>
    <message>
        <source>Conflict: {answer}: {values}</source>
        <translation>Konflikt: {answer}: {values}</translation>
    </message>
    <message>
        <source>Conflict: {answer}</source>
        <translation>Konflikt: {answer}</translation>
    </message>
    <message>
        <source>Possible duplicate: {pair}</source>
        <translation>Mogleg duplikat: {pair}</translation>
    </message>
    <message>
        <source>Backup before merging: {path}</source>
        <translation>Tryggingskopi før samanslåinga: {path}</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lagre rapport</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapporten vart ikkje lagra</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesView</name>
    <message>
        <source>Search by name or number</source>
        <translation>Søk på namn eller nummer</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>F&amp;ylke:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Rural:</source>
        <translation>&amp;Distrikt:</translation>
    </message>
    <message>
        <source>Selected municipality</source>
        <translation>Vald kommune</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Centrality class</source>
        <translation>Sentralitetsklasse</translation>
    </message>
    <message>
        <source>Rural municipality</source>
        <translation>Distriktskommune</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Folketal</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisjon</translation>
    </message>
    <message>
        <source>Registry {version}: {structure}. Source: {attribution}</source>
        <translation>Kommuneregister {version}: {structure}. Kjelde: {attribution}</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alle fylke</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle klassar</translation>
    </message>
    <message>
        <source>{k} (index {low}-{high})</source>
        <translation>{k} (indeks {low}–{high})</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Rural (class {classes})</source>
        <translation>Distriktskommunar (klasse {classes})</translation>
    </message>
    <message>
        <source>Central (the others)</source>
        <translation>Sentrale (dei andre)</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} municipalities</source>
        <translation>Viser {shown} av {total} kommunar</translation>
    </message>
    <message>
        <source>{k} of 6 (SSB index {low}-{high}; 1 is most central)</source>
        <translation>{k} av 6 (SSB-indeks {low}–{high}; 1 er mest sentral)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>(rural = centrality class {classes})</source>
        <translation>(distriktskommune = sentralitetsklasse {classes})</translation>
    </message>
    <message>
        <source>{n} (1 January {year})</source>
        <translation>{n} (1. januar {year})</translation>
    </message>
    <message>
        <source>Not in this registry (points come with the 2024 registry)</source>
        <translation>Ikkje i dette registeret (punkt følgjer med 2024-registeret)</translation>
    </message>
    <message>
        <source>{lat}° N, {lon}° E</source>
        <translation>{lat}° N, {lon}° A</translation>
    </message>
</context>
<context>
    <name>MunicipalityTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Centrality</source>
        <translation>Sentralitet</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>Distrikt</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Folketal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nytt intervju</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Interview already exists</source>
        <translation>Intervjuet finst allereie</translation>
    </message>
    <message>
        <source>There is already an interview of {municipality} on {date} (by {coordinator}).</source>
        <translation>Det finst allereie eit intervju med {municipality} {date} (av {coordinator}).</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>Opne det som finst</translation>
    </message>
    <message>
        <source>Create another</source>
        <translation>Opprett eit til</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>Ny passfrase</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Vis det eg skriv</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny passfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gjenta han:</translation>
    </message>
    <message>
        <source>At least {n} characters. A sentence of four or five ordinary words is strong and easy to remember.</source>
        <translation>Minst {n} teikn. Ei setning med fire eller fem vanlege ord er sterk og lett å hugse.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A lost passphrase cannot be recovered.&lt;/b&gt; Without it nobody, Feltkart and its makers included, can open the study&apos;s data again. Note it where the study lead keeps such things, and tell it to the other coordinators by phone or in person, never in an e-mail with a package.</source>
        <translation>&lt;b&gt;Ein gløymd passfrase kan ikkje gjenopprettast.&lt;/b&gt; Utan han kan ingen, heller ikkje Feltkart eller dei som lagar programmet, opne dataa i studien igjen. Noter han der prosjektleiaren tek vare på slikt, og gi han til dei andre koordinatorane på telefon eller andlet til andlet, aldri i ein e-post med ein feltpakke.</translation>
    </message>
    <message>
        <source>I have noted the passphrase and &amp;understand that it cannot be recovered</source>
        <translation>Eg har notert passfrasen og &amp;forstår at han ikkje kan gjenopprettast</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Krypter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Tick the box to confirm that you have noted the passphrase.</source>
        <translation>Kryss av i boksen for å stadfeste at du har notert passfrasen.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Dei to passfrasane er ulike: skriv den same to gonger.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters (and not only spaces).</source>
        <translation>Passfrasen må ha minst {n} teikn (og ikkje berre mellomrom).</translation>
    </message>
</context>
<context>
    <name>PassagesPane</name>
    <message>
        <source>Passage</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Citable</source>
        <translation>Siterbar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Marked passa&amp;ges:</source>
        <translation>Merkte &amp;utdrag:</translation>
    </message>
    <message>
        <source>Cha&amp;nge themes…</source>
        <translation>Vel tem&amp;a…</translation>
    </message>
    <message>
        <source>Choose the themes of the passage (Enter in the list)</source>
        <translation>Vel tema for utdraget (Enter i lista)</translation>
    </message>
    <message>
        <source>Cita&amp;ble</source>
        <translation>Siter&amp;bar</translation>
    </message>
    <message>
        <source>Remove m&amp;arking…</source>
        <translation>F&amp;jern merkinga…</translation>
    </message>
    <message>
        <source>Remove the marking of the passage; the text is not changed (Delete in the list)</source>
        <translation>Fjern merkinga av utdraget; teksten blir ikkje endra (Delete i lista)</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>Avklar…</translation>
    </message>
    <message>
        <source>The answer was changed where the passage stands: keep the passage where it stands now, or move it to the text selected in the quote</source>
        <translation>Svaret er endra der utdraget står: behald utdraget der det står no, eller flytt det til teksten som er vald i sitatet</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gå gjennom</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The answer was changed where the passage stands: settle it</source>
        <translation>Svaret er endra der utdraget står: avklar det</translation>
    </message>
    <message>
        <source>No: no consent</source>
        <translation>Nei: manglar samtykke</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>No passage of this text is marked yet: select a part of the text and mark it with a theme (Ctrl+M).</source>
        <translation>Ingen utdrag av denne teksten er merkte enno: vel ein del av teksten og merk han med eit tema (Ctrl+M).</translation>
    </message>
    <message>
        <source>This interview has no consent to quote: none of its passages can be cited, whatever is marked here.</source>
        <translation>Dette intervjuet har ikkje samtykke til sitering: ingen av utdraga kan siterast, same kva som er merkt her.</translation>
    </message>
    <message>
        <source>A citable passage may be quoted in the report, by municipality, never by name.</source>
        <translation>Eit siterbart utdrag kan siterast i rapporten, med kommune, aldri med namn.</translation>
    </message>
    <message>
        <source>Whether the passage may be quoted in the report (Space in the list)</source>
        <translation>Om utdraget kan siterast i rapporten (mellomrom i lista)</translation>
    </message>
    <message>
        <source>The interview has no consent to quote (its consent answer is not «yes»): its passages can never be cited.</source>
        <translation>Intervjuet har ikkje samtykke til sitering (svaret om samtykke er ikkje «ja»): utdraga kan aldri siterast.</translation>
    </message>
    <message>
        <source>Themes of the passage</source>
        <translation>Tema for utdraget</translation>
    </message>
    <message>
        <source>Remove marking</source>
        <translation>Fjern merkinga</translation>
    </message>
    <message>
        <source>Remove the marking of {passage}? Its themes go with it; the text of the answer is not changed.</source>
        <translation>Fjerne merkinga av {passage}? Tema forsvinn med ho; teksten i svaret blir ikkje endra.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Marked as: {passage}</source>
        <translation>Merkt som: {passage}</translation>
    </message>
    <message>
        <source>Stands now: {passage}</source>
        <translation>Står no: {passage}</translation>
    </message>
    <message>
        <source>Its place is no longer in the text.</source>
        <translation>Staden finst ikkje lenger i teksten.</translation>
    </message>
    <message>
        <source>Selected: {passage}</source>
        <translation>Vald: {passage}</translation>
    </message>
    <message>
        <source>To move it, cancel, select the words in the quote and settle again.</source>
        <translation>For å flytte det: avbryt, vel orda i sitatet og avklar på nytt.</translation>
    </message>
    <message>
        <source>Settle passage</source>
        <translation>Avklar utdrag</translation>
    </message>
    <message>
        <source>The answer was changed where this passage stands.</source>
        <translation>Svaret er endra der dette utdraget står.</translation>
    </message>
    <message>
        <source>Keep it where it stands</source>
        <translation>Behald det der det står</translation>
    </message>
    <message>
        <source>Use the selected text</source>
        <translation>Bruk den valde teksten</translation>
    </message>
    <message>
        <source>This part cannot be the passage: select some words of the text.</source>
        <translation>Denne delen kan ikkje vere utdraget: vel nokre ord i teksten.</translation>
    </message>
</context>
<context>
    <name>QuoteTableModel</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Rural</source>
        <comment>column</comment>
        <translation>Distrikt</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>Distrikt</translation>
    </message>
    <message>
        <source>(text deleted: its marked passages need review)</source>
        <translation>(teksten er sletta: dei merkte utdraga i han må gjennomgåast)</translation>
    </message>
    <message>
        <source>Informants</source>
        <translation>Informantar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Sentral</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>Search the quotes and notes</source>
        <translation>Søk i sitat og notat</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Only needing revie&amp;w</source>
        <translation>Berre med utdrag som m&amp;å gåast gjennom</translation>
    </message>
    <message>
        <source>Only the texts with a marked passage whose answer was changed where it stands</source>
        <translation>Berre tekstane med eit merkt utdrag der svaret er endra der utdraget står</translation>
    </message>
    <message>
        <source>Edit th&amp;emes…</source>
        <translation>Redi&amp;ger tema…</translation>
    </message>
    <message>
        <source>The study&apos;s themes: add, rename, describe, colour, sub-themes, delete; the guide&apos;s barriers and measures as starting themes</source>
        <translation>Tema i studien: legg til, gi nytt namn, skildr, gi farge, undertema, slett; barrierane og tiltaka i intervjuguiden som starttema</translation>
    </message>
    <message>
        <source>Theme chart</source>
        <translation>Temadiagram</translation>
    </message>
    <message>
        <source>How many municipalities raised each theme, rural against central (Diagrammer)</source>
        <translation>Kor mange kommunar som tok opp kvart tema, distrikt mot sentral (Diagram)</translation>
    </message>
    <message>
        <source>Mar&amp;k with theme…</source>
        <translation>&amp;Merk med tema…</translation>
    </message>
    <message>
        <source>Open the interview at this answer (Enter in the list)</source>
        <translation>Opne intervjuet ved dette svaret (Enter i lista)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>F&amp;ylke:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Rural:</source>
        <translation>&amp;Distrikt:</translation>
    </message>
    <message>
        <source>&amp;Informant:</source>
        <translation>&amp;Informant:</translation>
    </message>
    <message>
        <source>Coor&amp;dinator:</source>
        <translation>Koordi&amp;nator:</translation>
    </message>
    <message>
        <source>S&amp;cheme:</source>
        <translation>&amp;Ordning:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Typ&amp;e:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>F&amp;rå:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Ti&amp;l:</translation>
    </message>
    <message>
        <source>The quotes could not be read ({reason}); see the log.</source>
        <translation>Sitata kunne ikkje lesast ({reason}); sjå loggen.</translation>
    </message>
    <message>
        <source>Showing {shown} of the newest interviews&apos; quotes and notes; reading the rest…</source>
        <translation>Viser {shown} sitat og notat frå dei nyaste intervjua; les resten …</translation>
    </message>
    <message>
        <source>Showing {shown} of the newest interviews&apos; quotes and notes</source>
        <translation>Viser {shown} sitat og notat frå dei nyaste intervjua</translation>
    </message>
    <message>
        <source>Not a date: write it as dd.mm.yyyy, for example 01.03.2026</source>
        <translation>Ikkje ein dato: skriv han som dd.mm.åååå, til dømes 01.03.2026</translation>
    </message>
    <message>
        <source>Select a part of the text, then mark it with one or more themes (Ctrl+M)</source>
        <translation>Vel ein del av teksten, og merk han med eitt eller fleire tema (Ctrl+M)</translation>
    </message>
    <message>
        <source>O&amp;pen interview</source>
        <translation>O&amp;pne intervjuet</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommunar</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alle fylke</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle klassar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Rural (class {c})</source>
        <translation>Distrikt (klasse {c})</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Sentral</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle tema</translation>
    </message>
    <message>
        <source>Without a theme</source>
        <translation>Utan tema</translation>
    </message>
    <message>
        <source>All schemes</source>
        <translation>Alle ordningar</translation>
    </message>
    <message>
        <source>No scheme (notes and quotes)</source>
        <translation>Inga ordning (notat og sitat)</translation>
    </message>
    <message>
        <source>Quotes and notes</source>
        <translation>Sitat og notat</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <source>Notes and comments</source>
        <translation>Notat og kommentarar</translation>
    </message>
    <message>
        <source>«{text}» is not a date: write it as dd.mm.yyyy; it is left out of the filter.</source>
        <translation>«{text}» er ikkje ein dato: skriv han som dd.mm.åååå; han er halden utanfor filteret.</translation>
    </message>
    <message>
        <source>«Until» ({last}) is before «From» ({first}): no text is shown.</source>
        <translation>«Til» ({last}) er før «Frå» ({first}): ingen tekst blir vist.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} quotes and notes</source>
        <translation>Viser {shown} av {total} sitat og notat</translation>
    </message>
    <message>
        <source>1 marked passage: {themes}</source>
        <translation>1 merkt utdrag: {themes}</translation>
    </message>
    <message>
        <source>{n} marked passages: {themes}</source>
        <translation>{n} merkte utdrag: {themes}</translation>
    </message>
    <message>
        <source>Select a part of the text first.</source>
        <translation>Vel først ein del av teksten.</translation>
    </message>
    <message>
        <source>This part cannot be marked: select some words of the text.</source>
        <translation>Denne delen kan ikkje merkast: vel nokre ord i teksten.</translation>
    </message>
    <message>
        <source>Marked.</source>
        <translation>Merkt.</translation>
    </message>
</context>
<context>
    <name>RatesPane</name>
    <message>
        <source>Rural and central</source>
        <translation>Distrikt og sentral</translation>
    </message>
    <message>
        <source>Centrality class</source>
        <translation>Sentralitetsklasse</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Grouped &amp;by:</source>
        <translation>&amp;Brote ned på:</translation>
    </message>
    <message>
        <source>Respo&amp;nse rate chart</source>
        <translation>Diagra&amp;m over svarprosent</translation>
    </message>
    <message>
        <source>Sho&amp;w progress chart</source>
        <translation>Diagram &amp;over framdrift</translation>
    </message>
    <message>
        <source>Non-response: the sample and those who responded</source>
        <translation>Fråfall: utvalet og dei som svarte</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>tt:mm</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Når:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutt</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy and the time as hh:mm, for example 02.03.2026 09:30.</source>
        <translation>Skriv datoen som dd.mm.åååå og klokkeslettet som tt:mm, til dømes 02.03.2026 09:30.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen interview</source>
        <translation>Opne intervjuet att</translation>
    </message>
    <message>
        <source>&amp;Why is the complete interview reopened? (kept in its history)</source>
        <translation>&amp;Kvifor blir det fullførte intervjuet opna att? (blir lagra i historikken)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Opne att</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write why it is reopened: the reason is kept in the interview&apos;s history.</source>
        <translation>Skriv kvifor det blir opna att: grunngjevinga blir lagra i historikken til intervjuet.</translation>
    </message>
</context>
<context>
    <name>RetentionNote</name>
    <message>
        <source>Personal data erased (retention date {date})</source>
        <translation>Personopplysningane er sletta (slettedato {date})</translation>
    </message>
    <message>
        <source>Retention date {date} has passed</source>
        <translation>Slettedatoen {date} er passert</translation>
    </message>
    <message>
        <source>Erase the informants&apos; and contact persons&apos; names and contacts: File → Erase personal data…</source>
        <translation>Slett namn og kontaktinformasjon til informantar og kontaktpersonar: Fil → Slett personopplysningar…</translation>
    </message>
    <message>
        <source>Personal data kept until {date}</source>
        <translation>Personopplysningar blir haldne til {date}</translation>
    </message>
</context>
<context>
    <name>RewriteDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stopping: the database stays as it was, unless it was already re-written…</source>
        <translation>Stoppar: databasen blir som han var, om han ikkje alt er skriven på nytt&#xa0;…</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>Make the sample</source>
        <translation>Lag utvalet</translation>
    </message>
    <message>
        <source>&amp;Census: every municipality of the registry ({n})</source>
        <translation>&amp;Totalundersøking: alle kommunane i registeret ({n})</translation>
    </message>
    <message>
        <source>&amp;Stratified draw by centrality class</source>
        <translation>&amp;Stratifisert trekk etter sentralitetsklasse</translation>
    </message>
    <message>
        <source>&amp;Import a list of municipality numbers (CSV or XLSX)</source>
        <translation>&amp;Importer ei liste med kommunenummer (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>&amp;Make the sample</source>
        <translation>&amp;Lag utvalet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The study has a sample of {n} municipalities. Making it again sets which municipalities are in it; their contacts and interviews stay.</source>
        <translation>Studien har eit utval på {n} kommunar. Lagar du det på nytt, blir det avgjort kva kommunar som er med; kontaktar og intervju blir verande.</translation>
    </message>
    <message>
        <source>Class {k}:</source>
        <translation>Klasse {k}:</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>av {n}</translation>
    </message>
    <message>
        <source>optional, per class and county: 6/18:3, 5/18:2</source>
        <translation>valfritt, per klasse og fylke: 6/18:3, 5/18:2</translation>
    </message>
    <message>
        <source>By c&amp;ounty instead:</source>
        <translation>Etter f&amp;ylke i staden:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>F&amp;rø:</translation>
    </message>
    <message>
        <source>The same seed draws the same municipalities again; it is recorded</source>
        <translation>Same frø trekkjer dei same kommunane igjen; det blir lagra</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Vel fil…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I fila</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sample list</source>
        <translation>Utvalsliste</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Lister (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>it holds no rows</source>
        <translation>ho har ingen rader</translation>
    </message>
    <message>
        <source>no column holds municipality numbers or names</source>
        <translation>ingen kolonne har kommunenummer eller -namn</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>ho kan ikkje lesast ({detail})</translation>
    </message>
    <message>
        <source>{file}: {reason}. Choose another file.</source>
        <translation>{file}: {reason}. Vel ei anna fil.</translation>
    </message>
    <message>
        <source>not a municipality number or name</source>
        <translation>ikkje eit kommunenummer eller -namn</translation>
    </message>
    <message>
        <source>not in the study&apos;s registry</source>
        <translation>ikkje i registeret til studien</translation>
    </message>
    <message>
        <source>already in the list</source>
        <translation>står allereie i lista</translation>
    </message>
    <message>
        <source>read with its leading zero</source>
        <translation>lesen med null framfor</translation>
    </message>
    <message>
        <source>{file}: {rows} rows, {valid} valid, {problems} to look at (below)</source>
        <translation>{file}: {rows} rader, {valid} gyldige, {problems} å sjå på (under)</translation>
    </message>
    <message>
        <source>&amp;Make the sample ({n})</source>
        <translation>&amp;Lag utvalet ({n})</translation>
    </message>
    <message>
        <source>Cannot read «{part}»: write class/county:number, e.g. 6/18:3</source>
        <translation>Kan ikkje lese «{part}»: skriv klasse/fylke:tal, t.d. 6/18:3</translation>
    </message>
    <message>
        <source>&amp;Draw {n} municipalities</source>
        <translation>Tre&amp;kk {n} kommunar</translation>
    </message>
    <message>
        <source>Im&amp;port {n} valid rows</source>
        <translation>Im&amp;porter {n} gyldige rader</translation>
    </message>
    <message>
        <source>Cannot draw: {what}.</source>
        <translation>Kan ikkje trekkje: {what}.</translation>
    </message>
    <message>
        <source>stratum {k}: {asked} asked, only {held} there</source>
        <translation>stratum {k}: {asked} bedne om, berre {held} finst</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <source>Edit scheme</source>
        <translation>Rediger ordning</translation>
    </message>
    <message>
        <source>New scheme</source>
        <translation>Ny ordning</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>Name (&amp;Norwegian):</source>
        <translation>&amp;Namn (norsk):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Namn (&amp;engelsk):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>E&amp;igar:</translation>
    </message>
    <message>
        <source>&amp;Start year:</source>
        <translation>&amp;Startår:</translation>
    </message>
    <message>
        <source>&amp;Description (Norwegian):</source>
        <translation>Skil&amp;dring (norsk):</translation>
    </message>
    <message>
        <source>Description (En&amp;glish):</source>
        <translation>Skildring (en&amp;gelsk):</translation>
    </message>
    <message>
        <source>for example digifin</source>
        <translation>til dømes digifin</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>Interviews refer to the code, so it cannot be changed.</source>
        <translation>Intervjua viser til koden, så han kan ikkje endrast.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SchemeTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigar</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>SchemesView</name>
    <message>
        <source>&amp;New scheme…</source>
        <translation>&amp;Ny ordning…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>S&amp;lett…</translation>
    </message>
    <message>
        <source>Inactive schemes are not asked about in new interviews. A scheme that interviews refer to can be deactivated, not deleted.</source>
        <translation>Det blir ikkje spurt om inaktive ordningar i nye intervju. Ei ordning som intervju viser til, kan deaktiverast, men ikkje slettast.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Aktiver att</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Eigar: {owner}</translation>
    </message>
    <message>
        <source>Delete scheme</source>
        <translation>Slett ordning</translation>
    </message>
    <message>
        <source>Delete the scheme «{name}» from the catalogue?</source>
        <translation>Slette ordninga «{name}» frå katalogen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Scheme in use</source>
        <translation>Ordninga er i bruk</translation>
    </message>
    <message>
        <source>«{name}» is used in {n} recorded answers, so it cannot be deleted. Deactivate it instead: it then stays in old interviews and is not asked about in new ones.</source>
        <translation>«{name}» er brukt i {n} registrerte svar og kan difor ikkje slettast. Deaktiver ho i staden: då blir ho ståande i gamle intervju, og det blir ikkje spurt om ho i nye.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Study (stored in the database)</source>
        <translation>Studie (lagra i databasen)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Denne maskinen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Feltkart starts.</source>
        <translation>Eit nytt språk blir teke i bruk neste gong Feltkart startar.</translation>
    </message>
    <message>
        <source>Encryption of the study&apos;s data</source>
        <translation>Kryptering av dataa i studien</translation>
    </message>
    <message>
        <source>&amp;Encryption…</source>
        <translation>Kr&amp;yptering…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The database is encrypted with a passphrase.</source>
        <translation>Databasen er kryptert med ein passfrase.</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>Databasen er ikkje kryptert.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastatursnarvegar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tastar</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Kva dei gjer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overalt</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nytt intervju</translation>
    </message>
    <message>
        <source>Interviews, Quotes, Municipalities, Fieldwork, Schemes, Charts, Conflicts</source>
        <translation>Intervju, Sitat, Kommunar, Feltarbeid, Ordningar, Diagram, Konfliktar</translation>
    </message>
    <message>
        <source>Export data or report</source>
        <translation>Eksporter data eller rapport</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Short guide to Feltkart</source>
        <translation>Kort rettleiing til Feltkart</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Search notes, quotes and comments</source>
        <translation>Søk i notat, sitat og kommentarar</translation>
    </message>
    <message>
        <source>Open the interview</source>
        <translation>Opne intervjuet</translation>
    </message>
    <message>
        <source>Move the interview to the trash</source>
        <translation>Flytt intervjuet til papirkorga</translation>
    </message>
    <message>
        <source>Bring back the interview deleted last</source>
        <translation>Hent tilbake det sist sletta intervjuet</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <source>Search the quotes and notes</source>
        <translation>Søk i sitat og notat</translation>
    </message>
    <message>
        <source>Mark the selected words with themes</source>
        <translation>Merk dei valde orda med tema</translation>
    </message>
    <message>
        <source>Open the interview at the answer, the cursor in its text</source>
        <translation>Opne intervjuet ved svaret, med markøren i teksten</translation>
    </message>
    <message>
        <source>Enter, Space, Delete</source>
        <translation>Enter, Mellomrom, Delete</translation>
    </message>
    <message>
        <source>In the marked passages: choose the themes, citable or not, remove the marking</source>
        <translation>I dei merkte utdraga: vel tema, siterbar eller ikkje, fjern merkinga</translation>
    </message>
    <message>
        <source>An interview</source>
        <translation>Eit intervju</translation>
    </message>
    <message>
        <source>Next, previous field</source>
        <translation>Neste, førre felt</translation>
    </message>
    <message>
        <source>Next, previous section</source>
        <translation>Neste, førre del</translation>
    </message>
    <message>
        <source>Arrow keys, first letters</source>
        <translation>Piltastar, første bokstavar</translation>
    </message>
    <message>
        <source>Step through a drop-down (saved when you leave it)</source>
        <translation>Gå gjennom ei nedtrekksliste (blir lagra når du går ut av ho)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellomrom</translation>
    </message>
    <message>
        <source>Open a drop-down; tick or untick a box</source>
        <translation>Opne ei nedtrekksliste; kryss av eller fjern krysset i ein boks</translation>
    </message>
    <message>
        <source>Complete the interview (from any field)</source>
        <translation>Fullfør intervjuet (frå kva felt som helst)</translation>
    </message>
    <message>
        <source>Close the interview window (every answer is saved as you type)</source>
        <translation>Lukk intervjuvindauget (kvart svar blir lagra medan du skriv)</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Feltarbeid</translation>
    </message>
    <message>
        <source>New contact attempt</source>
        <translation>Nytt kontaktforsøk</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Ny avtale</translation>
    </message>
    <message>
        <source>Assign the chosen municipalities</source>
        <translation>Tildel dei valde kommunane</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Copy the chart or its numbers</source>
        <translation>Kopier diagrammet eller tala bak det</translation>
    </message>
</context>
<context>
    <name>ShownPassphraseDialog</name>
    <message>
        <source>Passphrase: shown only once</source>
        <translation>Passordfrase: blir vist berre denne eine gongen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Send the passphrase by another channel than the file: by SMS or phone, never in the same e-mail. Feltkart does not keep it: note it now, it is shown only this once.</source>
        <translation>Send passordfrasen på ein annan kanal enn fila: på SMS eller telefon, aldri i den same e-posten. Feltkart tek ikkje vare på han: skriv han ned no, han blir vist berre denne eine gongen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>StudyForm</name>
    <message>
        <source>2024 structure: 357 municipalities, 15 counties (SSB centrality 2024)</source>
        <translation>2024-inndelinga: 357 kommunar, 15 fylke (SSB-sentralitet 2024)</translation>
    </message>
    <message>
        <source>2020-2023 structure: 356 municipalities, 11 counties (SSB centrality 2020)</source>
        <translation>2020–2023-inndelinga: 356 kommunar, 11 fylke (SSB-sentralitet 2020)</translation>
    </message>
    <message>
        <source>The study has interviews: they are recorded against this registry, so it stays as it is.</source>
        <translation>Studien har intervju: dei er registrerte mot dette registeret, så det blir ståande som det er.</translation>
    </message>
    <message>
        <source>Centrality class 5-6 (Distriktssenteret)</source>
        <translation>Sentralitetsklasse 5–6 (Distriktssenteret)</translation>
    </message>
    <message>
        <source>Centrality class 4-6 (KDD, Regionale utviklingstrekk)</source>
        <translation>Sentralitetsklasse 4–6 (KDD, Regionale utviklingstrekk)</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>S&amp;tudie:</translation>
    </message>
    <message>
        <source>&amp;Coordinator (you):</source>
        <translation>&amp;Koordinator (deg):</translation>
    </message>
    <message>
        <source>&amp;Municipality registry:</source>
        <translation>Kommune&amp;register:</translation>
    </message>
    <message>
        <source>&amp;Rural municipalities:</source>
        <translation>&amp;Distriktskommunar:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikkje sett</translation>
    </message>
    <message>
        <source>Personal data &amp;kept until:</source>
        <translation>Personopplysningar &amp;behaldast til:</translation>
    </message>
    <message>
        <source>After this date Feltkart reminds you to erase the informants&apos; and contact persons&apos; names and contacts (File → Erase personal data…).</source>
        <translation>Etter denne datoen minner Feltkart deg om å slette namn og kontaktinformasjon til informantar og kontaktpersonar (Fil → Slett personopplysningar…).</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Municipality registry</source>
        <translation>Kommuneregister</translation>
    </message>
</context>
<context>
    <name>ThemeChoiceDialog</name>
    <message>
        <source>Mark with theme</source>
        <translation>Merk med tema</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;New theme:</source>
        <translation>&amp;Nytt tema:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ThemeDeleteDialog</name>
    <message>
        <source>Delete theme</source>
        <translation>Slett tema</translation>
    </message>
    <message>
        <source>&amp;Move its markings to:</source>
        <translation>&amp;Flytt merkingane til:</translation>
    </message>
    <message>
        <source>&amp;Remove its markings: the passages lose this theme</source>
        <translation>Fje&amp;rn merkingane: utdraga mistar dette temaet</translation>
    </message>
    <message>
        <source>&amp;Unmark the passages that have no other theme ({n}); else they stay marked without a theme</source>
        <translation>Fjern &amp;merkinga av utdraga som ikkje har noko anna tema ({n}); elles står dei merkte utan tema</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>1 passage</source>
        <translation>1 utdrag</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} utdrag</translation>
    </message>
    <message>
        <source>1 interview</source>
        <translation>1 intervju</translation>
    </message>
    <message>
        <source>{n} interviews</source>
        <translation>{n} intervju</translation>
    </message>
    <message>
        <source>«{name}» is given to {passages} in {interviews}.</source>
        <translation>«{name}» er gitt til {passages} i {interviews}.</translation>
    </message>
    <message>
        <source>No passage is marked with «{name}».</source>
        <translation>Ingen utdrag er merkte med «{name}».</translation>
    </message>
    <message>
        <source>Its sub-themes ({n}) become main themes.</source>
        <translation>Undertema ({n}) blir hovudtema.</translation>
    </message>
</context>
<context>
    <name>ThemeEditDialog</name>
    <message>
        <source>Edit theme</source>
        <translation>Endre tema</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>None: a main theme</source>
        <translation>Ingen: eit hovudtema</translation>
    </message>
    <message>
        <source>A theme with sub-themes of its own cannot be a sub-theme.</source>
        <translation>Eit tema med eigne undertema kan ikkje vere eit undertema.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Skildring:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farge:</translation>
    </message>
    <message>
        <source>Sub-theme &amp;of:</source>
        <translation>Undertema &amp;av:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose the colour the theme is shown in</source>
        <translation>Vel fargen temaet blir vist med</translation>
    </message>
    <message>
        <source>Colour of the theme</source>
        <translation>Fargen på temaet</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>Høgst {n} teikn.</translation>
    </message>
    <message>
        <source>This theme cannot be a sub-theme of that one: a sub-theme has no sub-themes of its own.</source>
        <translation>Dette temaet kan ikkje vere eit undertema av det: eit undertema har ingen eigne undertema.</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>The study&apos;s themes for marking passages of quotes and notes; a theme can have sub-themes (one level). Every laptop of the study gets them with the next field package.</source>
        <translation>Tema i studien for å merke utdrag av sitat og notat; eit tema kan ha undertema (eitt nivå). Alle maskinane i studien får dei med neste feltpakke.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;New theme…</source>
        <translation>&amp;Nytt tema…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>Add the guide&apos;s &amp;barriers and measures</source>
        <translation>Legg til &amp;barrierane og tiltaka i intervjuguiden</translation>
    </message>
    <message>
        <source>The interview guide&apos;s barrier and measure codes as themes, under «Barriers» and «Measures»; those already there are left as they are</source>
        <translation>Kodane for barrierar og tiltak i intervjuguiden som tema, under «Barrierer» og «Tiltak»; dei som alt finst, står som dei er</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Theme added.</source>
        <translation>Temaet er lagt til.</translation>
    </message>
    <message>
        <source>Theme saved.</source>
        <translation>Temaet er lagra.</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Slett tema</translation>
    </message>
    <message>
        <source>Delete the theme «{name}»? No passage is marked with it.</source>
        <translation>Slette temaet «{name}»? Ingen utdrag er merkte med det.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The theme «{name}» is deleted.</source>
        <translation>Temaet «{name}» er sletta.</translation>
    </message>
    <message>
        <source>The guide&apos;s barriers and measures are already among the themes: nothing was added.</source>
        <translation>Barrierane og tiltaka i intervjuguiden finst alt blant tema: ingenting vart lagt til.</translation>
    </message>
    <message>
        <source>{n} themes added from the interview guide.</source>
        <translation>{n} tema er lagde til frå intervjuguiden.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Feltkart</source>
        <translation>Velkomen til Feltkart</translation>
    </message>
    <message>
        <source>Rural municipalities and national schemes for innovation</source>
        <translation>Distriktskommunar og nasjonale ordningar for innovasjon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Feltkart&lt;/h3&gt;&lt;p&gt;This database is new. Tell Feltkart who records in it and which study it belongs to. You can change all of this later under &lt;i&gt;File → Settings&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Velkomen til Feltkart&lt;/h3&gt;&lt;p&gt;Denne databasen er ny. Fortel kven som registrerer i han, og kva studie han høyrer til. Alt kan endrast seinare under &lt;i&gt;Fil → Innstillingar&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Encrypt the study&apos;s database with a passphrase (recommended: the interviews hold names and contacts)</source>
        <translation>Kr&amp;ypter databasen til studien med ein passfrase (tilrådd: intervjua har namn og kontaktopplysingar)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>&amp;Prøv med demodata</translation>
    </message>
    <message>
        <source>Opens a separate demo database with made-up interviews, marked DEMO DATA in the window title. Your own database stays empty until you start recording.</source>
        <translation>Opnar ein eigen demodatabase med oppdikta intervju, merkt DEMODATA i vindaugstittelen. Din eigen database blir verande tom til du byrjar å registrere.</translation>
    </message>
    <message>
        <source>The passphrase of the study&apos;s database. Every laptop of the study uses the same one; Feltkart asks for it each time it starts.</source>
        <translation>Passfrasen til databasen for studien. Alle maskinene i studien brukar den same; Feltkart spør etter han kvar gong programmet startar.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Feltkart cannot go on</source>
        <translation>Feltkart kan ikkje halde fram</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Databasen er oppteken</translation>
    </message>
    <message>
        <source>The database is busy: a merge of field packages is still running, so the last step could not be saved. Try it again when the merge has finished; what was saved before is safe.</source>
        <translation>Databasen er oppteken: ei samanslåing av feltpakkar går framleis, så det siste steget vart ikkje lagra. Prøv igjen når samanslåinga er ferdig; det som var lagra frå før, er trygt.</translation>
    </message>
    <message>
        <source>Feltkart: unexpected error</source>
        <translation>Feltkart: uventa feil</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

What you had saved is in the database. Details are in the log: {log}
Send that file to the person who supports Feltkart.</source>
        <translation>Noko gjekk gale: {error}

Det som var lagra, ligg i databasen. Detaljar står i loggen: {log}
Send den fila til den som gir brukarstøtte på Feltkart.</translation>
    </message>
    <message>
        <source>This study&apos;s database is encrypted:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Type its passphrase to open it. Feltkart does not keep the passphrase; it asks for it each time it starts.</source>
        <translation>Databasen til studien er kryptert:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Skriv passfrasen for å opne han. Feltkart tek ikkje vare på passfrasen; programmet spør etter han kvar gong det startar.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation>Sjekk klokka på denne datamaskinen</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen er skadd</translation>
    </message>
    <message>
        <source>Interview guide not loaded</source>
        <translation>Intervjuguiden vart ikkje lasta</translation>
    </message>
    <message>
        <source>These guide files could not be used; Feltkart goes on with the last good guide:

{problems}</source>
        <translation>Desse guidefilene kunne ikkje brukast; Feltkart held fram med den siste gode guiden:

{problems}</translation>
    </message>
    <message>
        <source>Feltkart cannot open the database</source>
        <translation>Feltkart kan ikkje opne databasen</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{path} is a folder. Give the path of a database file, for example {example}.</source>
        <translation>{path} er ei mappe. Oppgi stien til ei databasefil, til dømes {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first, or choose another location.</source>
        <translation>Mappa {folder} finst ikkje. Opprett ho først, eller vel ein annan stad.</translation>
    </message>
    <message>
        <source>Feltkart cannot write to {path}: the file or its folder is write-protected. Copy the database to a folder you can write to (for example your Documents folder) and open the copy.</source>
        <translation>Feltkart kan ikkje skrive til {path}: fila eller mappa er skriveverna. Kopier databasen til ei mappe du kan skrive i (til dømes Dokument), og opne kopien.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the name and the folder; to start a new study, open that name in the Feltkart window.</source>
        <translation>Det finst ingen database i {path}. Sjekk namnet og mappa; for å starte ein ny studie, opne det namnet i Feltkart-vindauget.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it is not a Feltkart database, perhaps a copy that did not finish. Copy the database again from where it came from, or delete the empty file to start a new study there.</source>
        <translation>{path} er tom (0 byte): fila er ikkje ein Feltkart-database, kanskje ei kopiering som ikkje vart ferdig. Kopier databasen på nytt frå der han kom frå, eller slett den tomme fila for å starte ein ny studie der.</translation>
    </message>
    <message>
        <source>{path} is encrypted (or it is not a database). Feltkart needs its passphrase to open it.</source>
        <translation>{path} er kryptert (eller er ikkje ein database). Feltkart treng passfrasen for å opne han.</translation>
    </message>
    <message>
        <source>The passphrase does not open {path}. Check it (letters, spaces and capitals count) and try again. A lost passphrase cannot be recovered.</source>
        <translation>Passfrasen opnar ikkje {path}. Sjekk han (bokstavar, mellomrom og store bokstavar tel) og prøv igjen. Ein gløymd passfrase kan ikkje gjenopprettast.</translation>
    </message>
    <message>
        <source>{path} is not encrypted, but this study was encrypted when it was last opened on this computer. It may be a plain copy put in the study&apos;s place: Feltkart does not open it as the study. Put the encrypted file back, or, if you want to use this plain file, move it to another name and open it from there.</source>
        <translation>{path} er ikkje kryptert, men studien var kryptert då han sist vart opna på denne maskina. Det kan vere ein ukryptert kopi som er lagd i staden for studien: Feltkart opnar han ikkje som studien. Legg den krypterte fila tilbake, eller flytt den ukrypterte fila til eit anna namn og opne ho derifrå om du vil bruke ho.</translation>
    </message>
    <message>
        <source>{path} is not a Feltkart database: it is not an SQLite database file, or it is damaged. Check that you chose the right file; open a backup copy if the file is damaged.</source>
        <translation>{path} er ikkje ein Feltkart-database: fila er ikkje ein SQLite-database, eller ho er skadd. Kontroller at du valde rett fil; opne ein tryggingskopi viss fila er skadd.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database made by another program. Feltkart does not write into other programs&apos; databases; choose a Feltkart database or a new file name.</source>
        <translation>{path} er ein SQLite-database laga av eit anna program. Feltkart skriv ikkje i databasane til andre program; vel ein Feltkart-database eller eit nytt filnamn.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Feltkart (version {version}). Install that version or a newer one to open it.</source>
        <translation>{path} er skriven av ein nyare Feltkart (versjon {version}). Installer den versjonen eller ein nyare for å opne fila.</translation>
    </message>
    <message>
        <source>Feltkart cannot open {path}.</source>
        <translation>Feltkart kan ikkje opne {path}.</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Fila er ikkje endra.</translation>
    </message>
    <message>
        <source>{path} is damaged: some of its pages cannot be read. Feltkart writes nothing into it. Close Feltkart, keep the damaged file for the person who supports Feltkart, and restore a backup: copy it to the database&apos;s name.</source>
        <translation>{path} er skadd: nokre av sidene i fila kan ikkje lesast. Feltkart skriv ingenting i ho. Lukk Feltkart, ta vare på den skadde fila til den som gir brukarstøtte, og hent tilbake ein tryggingskopi: kopier han til namnet på databasen.</translation>
    </message>
    <message>
        <source>Backups beside it, newest first:</source>
        <translation>Tryggingskopiar ved sida av, nyaste først:</translation>
    </message>
    <message>
        <source>There is no backup beside it: use the last field package you made or received, which holds the whole database.</source>
        <translation>Det ligg ingen tryggingskopi ved sida av: bruk den siste feltpakken du laga eller fekk, som inneheld heile databasen.</translation>
    </message>
    <message>
        <source>The disk is full: Feltkart could not write {path}. Free some space (empty the trash, move large files away) and try again. Nothing was left half-written.</source>
        <translation>Disken er full: Feltkart kunne ikkje skrive {path}. Frigjer plass (tøm papirkorga, flytt store filer) og prøv igjen. Ingenting vart liggjande halvskrive.</translation>
    </message>
    <message>
        <source>The database {path} is already open in another Feltkart (process {pid} on {host}). Switch to that window, or wait for that command to finish, before you open the database here.</source>
        <translation>Databasen {path} er allereie open i ein annan Feltkart (prosess {pid} på {host}). Byt til det vindauget, eller vent til den kommandoen er ferdig, før du opnar databasen her.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Må fyllast ut.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>For lang.</translation>
    </message>
    <message>
        <source>Must be a single line.</source>
        <translation>Må stå på éi linje.</translation>
    </message>
    <message>
        <source>2-32 characters: lower-case letters a-z, digits, - or _, starting with a letter.</source>
        <translation>2–32 teikn: små bokstavar a–z, siffer, - eller _, og første teikn ein bokstav.</translation>
    </message>
    <message>
        <source>This code is already in use.</source>
        <translation>Koden er allereie i bruk.</translation>
    </message>
    <message>
        <source>The code cannot be changed.</source>
        <translation>Koden kan ikkje endrast.</translation>
    </message>
    <message>
        <source>A year from 1950 to next year.</source>
        <translation>Eit årstal frå 1950 til neste år.</translation>
    </message>
    <message>
        <source>A whole number, such as 2017.</source>
        <translation>Eit heiltal, til dømes 2017.</translation>
    </message>
    <message>
        <source>Unknown registry version.</source>
        <translation>Ukjend registerversjon.</translation>
    </message>
    <message>
        <source>The study already has interviews recorded with this registry; it cannot change now.</source>
        <translation>Studien har allereie intervju registrerte med dette registeret; det kan ikkje endrast no.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Eit tema må ha eit namn.</translation>
    </message>
    <message>
        <source>A theme&apos;s name has at most 80 characters.</source>
        <translation>Namnet på eit tema kan ha høgst 80 teikn.</translation>
    </message>
    <message>
        <source>There is already a theme called «{name}».</source>
        <translation>Det finst alt eit tema som heiter «{name}».</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Vel eitt av alternativa.</translation>
    </message>
    <message>
        <source>A whole number, such as 2019.</source>
        <translation>Eit heiltal, til dømes 2019.</translation>
    </message>
    <message>
        <source>A number, such as 2,5.</source>
        <translation>Eit tal, til dømes 2,5.</translation>
    </message>
    <message>
        <source>Must be {min} or more.</source>
        <translation>Må vere {min} eller meir.</translation>
    </message>
    <message>
        <source>Must be {max} or less.</source>
        <translation>Må vere {max} eller mindre.</translation>
    </message>
    <message>
        <source>A date that exists, written dd.mm.yyyy.</source>
        <translation>Ein dato som finst, skriven dd.mm.åååå.</translation>
    </message>
    <message>
        <source>Not a municipality of the study&apos;s registry: type a name or number and pick from the list.</source>
        <translation>Ikkje ein kommune i registeret til studien: skriv namn eller nummer og vel frå lista.</translation>
    </message>
    <message>
        <source>Every informant needs a role.</source>
        <translation>Kvar informant må ha ei rolle.</translation>
    </message>
    <message>
        <source>This scheme was deleted from the catalogue; close and reopen the interview.</source>
        <translation>Ordninga er sletta frå katalogen; lukk intervjuet og opne det att.</translation>
    </message>
    <message>
        <source>it holds changes by {who} (laptop {device}) dated {stamped}, more than {hours} hours after this computer&apos;s clock ({now}). Either that laptop&apos;s clock was wrong when they were made, or this computer&apos;s clock is behind: check the date and time on both computers, then merge again. Nothing was taken from the package.</source>
        <translation>pakken har endringar frå {who} (maskin {device}) daterte {stamped}, meir enn {hours} timar etter klokka på denne datamaskinen ({now}). Anten gjekk klokka feil på den maskinen då endringane vart gjorde, eller så går klokka her for sakte: sjekk dato og tid på begge maskinane, og slå saman på nytt. Ingenting vart henta frå pakken.</translation>
    </message>
    <message>
        <source>it holds a value Feltkart would refuse if it were typed ({detail}). Ask the sender to correct it and make a new package.</source>
        <translation>pakken har ein verdi Feltkart ville avvise om han vart skriven inn ({detail}). Be avsendaren rette han og lage ein ny pakke.</translation>
    </message>
    <message>
        <source>the file does not exist (was it moved or renamed?)</source>
        <translation>fila finst ikkje (er ho flytta eller har ho fått nytt namn?)</translation>
    </message>
    <message>
        <source>it is not a Feltkart package</source>
        <translation>det er ikkje ein Feltkart-pakke</translation>
    </message>
    <message>
        <source>it is not a Feltkart package: the data inside were made by another program</source>
        <translation>det er ikkje ein Feltkart-pakke: dataa i han er laga av eit anna program</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (copy it again)</source>
        <translation>fila er skadd eller ufullstendig (kopier ho på nytt)</translation>
    </message>
    <message>
        <source>its contents do not match its checksum (copy it again)</source>
        <translation>innhaldet stemmer ikkje med kontrollsummen (kopier fila på nytt)</translation>
    </message>
    <message>
        <source>it was made by a newer Feltkart (update this one first)</source>
        <translation>pakken er laga av ein nyare Feltkart (oppdater denne først)</translation>
    </message>
    <message>
        <source>it belongs to another study</source>
        <translation>pakken høyrer til ein annan studie</translation>
    </message>
    <message>
        <source>it uses another municipality registry</source>
        <translation>pakken brukar eit anna kommuneregister</translation>
    </message>
    <message>
        <source>it would unpack to far more than a Feltkart package holds; it is not merged</source>
        <translation>pakken ville blitt pakka ut til langt meir enn ein Feltkart-pakke inneheld; han blir ikkje slått saman</translation>
    </message>
    <message>
        <source>the disk is full ({where}): free some space and merge again</source>
        <translation>disken er full ({where}): frigjer plass og slå saman på nytt</translation>
    </message>
    <message>
        <source>the file cannot be written ({detail})</source>
        <translation>fila kan ikkje skrivast ({detail})</translation>
    </message>
    <message>
        <source>its study is encrypted and this database is not: encrypt this database with the study&apos;s passphrase (File → Settings → Encryption), then merge again</source>
        <translation>studien han kjem frå er kryptert, og denne databasen er ikkje det: krypter denne databasen med passfrasen til studien (Fil → Innstillingar → Kryptering) og slå saman på nytt</translation>
    </message>
    <message>
        <source>its study is not encrypted and this one is: the sender must encrypt their database with the study&apos;s passphrase and make a new package</source>
        <translation>studien han kjem frå er ikkje kryptert, men denne er det: avsendaren må kryptere databasen sin med passfrasen til studien og lage ein ny feltpakke</translation>
    </message>
    <message>
        <source>it is encrypted with a passphrase of its own: merge it again and type the passphrase you were sent</source>
        <translation>han er kryptert med ein eigen passfrase: slå han saman på nytt og skriv passfrasen du fekk tilsend</translation>
    </message>
    <message>
        <source>the passphrase does not open it: check the passphrase you were sent and merge again</source>
        <translation>passfrasen opnar han ikkje: sjekk passfrasen du fekk tilsend, og slå saman på nytt</translation>
    </message>
    <message>
        <source>This computer&apos;s clock says {now}, but this database holds changes dated up to {recorded}. The date or time of this computer is probably wrong: set it right (in the system settings) before you go on. Until then, what you record is dated after those changes, and packages from other laptops may be refused.</source>
        <translation>Klokka på denne datamaskinen viser {now}, men databasen har endringar daterte heilt til {recorded}. Datoen eller tida på denne maskinen er truleg feil: still henne rett (i systeminnstillingane) før du held fram. Inntil då blir det du registrerer datert etter dei endringane, og pakkar frå andre maskinar kan bli avviste.</translation>
    </message>
    <message>
        <source>the database was busy: another program kept it locked for writing too long</source>
        <translation>databasen var oppteken: eit anna program heldt han låst for skriving for lenge</translation>
    </message>
    <message>
        <source>{path} could not be written:
{reason}

Choose another folder, or close the file in the program that has it open, and save again.</source>
        <translation>{path} kunne ikkje skrivast:
{reason}

Vel ei anna mappe, eller lukk fila i programmet som har ho open, og lagre igjen.</translation>
    </message>
</context>
<context>
    <name>packages</name>
    <message>
        <source>Everything (the whole database)</source>
        <translation>Alt (heile databasen)</translation>
    </message>
    <message>
        <source>Field package</source>
        <translation>Feltpakke</translation>
    </message>
    <message>
        <source>What goes in the package? Choose everything, or type or choose who it is for: then only what changed since the last package to them.</source>
        <translation>Kva skal med i pakken? Vel alt, eller skriv eller vel kven han er til: då kjem berre det som er endra sidan førre pakke til dei.</translation>
    </message>
    <message>
        <source>Save field package</source>
        <translation>Lagre feltpakke</translation>
    </message>
    <message>
        <source>Feltkart package (*.feltkart)</source>
        <translation>Feltkart-pakke (*.feltkart)</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Skriv pakken…</translation>
    </message>
    <message>
        <source>The package {path} is encrypted with this one-off passphrase; it opens with it only.</source>
        <translation>Feltpakken {path} er kryptert med denne eingongspassfrasen og kan berre opnast med han.</translation>
    </message>
    <message>
        <source>Interviews in it: {n}, {t} of them in the trash.</source>
        <translation>Intervju i pakken: {n}, {t} av dei i papirkorga.</translation>
    </message>
    <message>
        <source>Interviews in it: {n}.</source>
        <translation>Intervju i pakken: {n}.</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Pakken er skriven</translation>
    </message>
    <message>
        <source>The package is written to {path}.
{held}
Give this file to the other laptop (USB stick, e-mail, shared folder); there, choose File → Merge field packages.</source>
        <translation>Pakken er skriven til {path}.
{held}
Gi fila til den andre maskinen (minnepinne, e-post, delt mappe); vel der Fil → Slå saman feltpakkar.</translation>
    </message>
    <message>
        <source>Package not written</source>
        <translation>Pakken vart ikkje skriven</translation>
    </message>
    <message>
        <source>Nothing was written to {path}: {reason}
Choose another place and try again.</source>
        <translation>Ingenting vart skrive til {path}: {reason}
Vel ein annan stad og prøv igjen.</translation>
    </message>
    <message>
        <source>Merge field packages</source>
        <translation>Slå saman feltpakkar</translation>
    </message>
    <message>
        <source>Feltkart package (*.feltkart);;All files (*)</source>
        <translation>Feltkart-pakke (*.feltkart);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Merging 1 package…</source>
        <translation>Slår saman 1 pakke…</translation>
    </message>
    <message>
        <source>Merging {n} packages…</source>
        <translation>Slår saman {n} pakkar…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stopping: the package being merged is undone; the ones before it stay merged…</source>
        <translation>Stoppar: pakken som blir slått saman no, blir angra; dei før han blir verande samanslåtte…</translation>
    </message>
    <message>
        <source>The merge stopped ({reason}); the database is as it was before it. The log has the details.</source>
        <translation>Samanslåinga stoppa ({reason}); databasen er som før. Loggen har detaljane.</translation>
    </message>
    <message>
        <source>The merge stopped ({reason}). Each package is merged completely or not at all: the one it stopped on changed nothing, the ones before it are merged. The log has the details.</source>
        <translation>Samanslåinga stoppa ({reason}). Kvar pakke blir slått saman heilt eller ikkje i det heile: pakken ho stoppa på, endra ingenting, og pakkane før han er slått saman. Loggen har detaljane.</translation>
    </message>
    <message>
        <source>Merge not done</source>
        <translation>Samanslåinga vart ikkje gjord</translation>
    </message>
    <message>
        <source>The study&apos;s passphrase</source>
        <translation>Passfrasen til studien</translation>
    </message>
    <message>
        <source>This laptop&apos;s database opens with a passphrase of its own; the study&apos;s package opened with the study&apos;s. Re-write the database with the study&apos;s key? It then opens with the study&apos;s passphrase, the one you typed for the package, not this laptop&apos;s, and packages between it and the study&apos;s other laptops need no passphrase typed.</source>
        <translation>Databasen på denne maskina blir opna med ein eigen passfrase; pakka til studien vart opna med passfrasen til studien. Skrive databasen om med nøkkelen til studien? Han blir då opna med passfrasen til studien, den du skreiv for pakka, ikkje den til maskina, og pakkar mellom han og dei andre maskinane i studien treng ingen passfrase.</translation>
    </message>
    <message>
        <source>Re-writing the database with the study&apos;s key…</source>
        <translation>Skriv databasen på nytt med nøkkelen til studien …</translation>
    </message>
    <message>
        <source>The package &lt;b&gt;{name}&lt;/b&gt; is encrypted with a passphrase of its own.&lt;br&gt;&lt;br&gt;Type the passphrase you were sent with it.</source>
        <translation>Feltpakken &lt;b&gt;{name}&lt;/b&gt; er kryptert med ein eigen passfrase.&lt;br&gt;&lt;br&gt;Skriv passfrasen du fekk tilsend saman med han.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå saman</translation>
    </message>
</context>
</TS>
