<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
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
        <translation>Hva</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Today ({n})</source>
        <translation>I dag ({n})</translation>
    </message>
    <message>
        <source>The next six days ({n})</source>
        <translation>De neste seks dagene ({n})</translation>
    </message>
    <message>
        <source>Next steps overdue ({n})</source>
        <translation>Forfalte neste steg ({n})</translation>
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
        <translation>Rådhuset, eller en videolenke</translation>
    </message>
    <message>
        <source>Names are personal data: exported only when asked for</source>
        <translation>Navn er personopplysninger: eksporteres bare når du ber om det</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Varighet:</translation>
    </message>
    <message>
        <source>&amp;Place or link:</source>
        <translation>&amp;Sted eller lenke:</translation>
    </message>
    <message>
        <source>With w&amp;hom:</source>
        <translation>Med &amp;hvem:</translation>
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
        <translation>Åpne</translation>
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
        <translation>Den passfrasen åpner den ikke (forsøk {n}). Sjekk den: bokstaver, mellomrom og store bokstaver teller, og Caps Lock kan være på.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to a coordinator</source>
        <translation>Tildel til en koordinator</translation>
    </message>
    <message>
        <source>&amp;Nobody: take the assignment away</source>
        <translation>&amp;Ingen: fjern tildelingen</translation>
    </message>
    <message>
        <source>{n} municipalities to &amp;coordinator:</source>
        <translation>{n} kommuner til &amp;koordinator:</translation>
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
        <translation>Skriv koordinatorens navn, eller kryss av for Ingen.</translation>
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
        <translation>&amp;Endelig: ingen flere forsøk</translation>
    </message>
    <message>
        <source>A final outcome decides the municipality&apos;s status: refused, not eligible, or not reached</source>
        <translation>Et endelig utfall avgjør kommunens status: takket nei, ikke aktuell eller ikke nådd</translation>
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
        <translation>&amp;Hvem (rolle):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otat:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>Kon&amp;takt:</translation>
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
        <translation>Navn og kontakt (personopplysninger, valgfritt)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <source>The attempt is dated {when}, later than now. Is the date right?</source>
        <translation>Forsøket er datert {when}, senere enn nå. Er datoen riktig?</translation>
    </message>
    <message>
        <source>The attempt is dated {when}, before the fieldwork began. Is the date right?</source>
        <translation>Forsøket er datert {when}, før feltarbeidet begynte. Er datoen riktig?</translation>
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
        <translation>{n} ukrypterte sikkerhetskopier ved siden av databasen (de har de samme dataene, ukryptert)</translation>
    </message>
    <message>
        <source>Encrypt them &amp;too (recommended)</source>
        <translation>Krypter dem &amp;også (anbefalt)</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Slett dem</translation>
    </message>
    <message>
        <source>&amp;Keep them unencrypted (I will move or delete them myself)</source>
        <translation>&amp;Behold dem ukryptert (jeg flytter eller sletter dem selv)</translation>
    </message>
</context>
<context>
    <name>ChangeSampleDialog</name>
    <message>
        <source>Add to the sample</source>
        <translation>Legg til i utvalget</translation>
    </message>
    <message>
        <source>Drop from the sample</source>
        <translation>Ta ut av utvalget</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Navn eller nummer</translation>
    </message>
    <message>
        <source>For example: replaces Hemnes, which refused</source>
        <translation>For eksempel: erstatter Hemnes, som takket nei</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
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
        <translation>Skriv begrunnelsen: den lagres med endringen.</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
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
        <translation>Fr&amp;a:</translation>
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
        <source>&amp;Groups:</source>
        <translation>&amp;Grupper:</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deltakelse</translation>
    </message>
    <message>
        <source>Any interview says so</source>
        <translation>Minst ett intervju sier det</translation>
    </message>
    <message>
        <source>Latest interview only</source>
        <translation>Bare siste intervju</translation>
    </message>
    <message>
        <source>How a municipality with several interviews is counted: yes if any of its interviews says so, or only its latest interview. Compare the two to see whether a finding hinges on how often a municipality was interviewed.</source>
        <translation>Hvordan en kommune med flere intervjuer telles: ja hvis minst ett av intervjuene sier det, eller bare det siste intervjuet. Sammenlign de to for å se om et funn avhenger av hvor ofte en kommune ble intervjuet.</translation>
    </message>
    <message>
        <source>Awareness to participation</source>
        <translation>Fra kjennskap til deltakelse</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Utbytte</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barrierer</translation>
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
        <translation>Fremdrift i feltarbeidet</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Map &amp;colours:</source>
        <translation>Kart&amp;farger:</translation>
    </message>
    <message>
        <source>Co&amp;unting:</source>
        <translation>T&amp;elling:</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Tall</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beregner…</translation>
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
        <translation>Kopier diagrammet som bilde, eller tallene som tabell (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>1 municipality</source>
        <translation>1 kommune</translation>
    </message>
    <message>
        <source>{m} municipalities</source>
        <translation>{m} kommuner</translation>
    </message>
    <message>
        <source>1 interview</source>
        <translation>1 intervju</translation>
    </message>
    <message>
        <source>{i} interviews</source>
        <translation>{i} intervjuer</translation>
    </message>
    <message>
        <source>{municipalities} from {interviews}</source>
        <translation>{municipalities} fra {interviews}</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alle fylker</translation>
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
        <translation>Alle seks klasser</translation>
    </message>
    <message>
        <source>Rural (distriktskommuner): centrality classes {c} in this study&apos;s settings; the other definition in use, or all six classes side by side, for comparison</source>
        <translation>Distriktskommuner: sentralitetsklasse {c} etter studiens innstillinger; den andre definisjonen i bruk, eller alle seks klasser side om side, til sammenligning</translation>
    </message>
    <message>
        <source>Interviewed or not</source>
        <translation>Intervjuet eller ikke</translation>
    </message>
    <message>
        <source>Took part in {scheme}</source>
        <translation>Deltatt i {scheme}</translation>
    </message>
    <message>
        <source>Not a date: write it as dd.mm.yyyy, for example 01.03.2026</source>
        <translation>Ikke en dato: skriv den som dd.mm.åååå, for eksempel 01.03.2026</translation>
    </message>
    <message>
        <source>«{text}» is not a date: write it as dd.mm.yyyy</source>
        <translation>«{text}» er ikke en dato: skriv den som dd.mm.åååå</translation>
    </message>
    <message>
        <source>The period ends before it begins</source>
        <translation>Perioden slutter før den begynner</translation>
    </message>
    <message>
        <source>«To» ({last}) is before «From» ({first}): give the first date first; the charts keep the previous period.</source>
        <translation>«Til» ({last}) er før «Fra» ({first}): skriv den første datoen først; diagrammene viser fortsatt forrige periode.</translation>
    </message>
    <message>
        <source>The numbers could not be computed ({reason}); see the log.</source>
        <translation>Tallene kunne ikke beregnes ({reason}); se loggen.</translation>
    </message>
    <message>
        <source>Cancelled: the charts show the previous numbers.</source>
        <translation>Avbrutt: diagrammene viser de forrige tallene.</translation>
    </message>
    <message>
        <source>{name} ({county}), centrality class {k}: {n} interviews</source>
        <translation>{name} ({county}), sentralitetsklasse {k}: {n} intervjuer</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lagre diagram</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagrammet ble ikke lagret</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Lagret {path}</translation>
    </message>
    <message>
        <source>The numbers are copied: paste them into a spreadsheet.</source>
        <translation>Tallene er kopiert: lim dem inn i et regneark.</translation>
    </message>
    <message>
        <source>The chart is copied as an image.</source>
        <translation>Diagrammet er kopiert som bilde.</translation>
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
        <translation>Andel (95 %-intervall)</translation>
    </message>
    <message>
        <source>No themes yet: mark passages of the quotes and notes with themes in Sitater (Ctrl+2).</source>
        <translation>Ingen temaer ennå: merk utdrag av sitatene og notatene med temaer under Sitater (Ctrl+2).</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>No conflicts: every answer has one value on all the laptops merged here.</source>
        <translation>Ingen konflikter: hvert svar har én verdi på alle maskinene som er slått sammen her.</translation>
    </message>
    <message>
        <source>&amp;Use the chosen value</source>
        <translation>&amp;Bruk valgt verdi</translation>
    </message>
    <message>
        <source>Until you choose, the latest value is in use. Your choice travels to the other laptops with the next package, like any change.</source>
        <translation>Til du velger, brukes den siste verdien. Valget ditt følger med neste feltpakke til de andre maskinene, som enhver endring.</translation>
    </message>
    <message>
        <source>Possible duplicates: the same municipality and date from two laptops</source>
        <translation>Mulige duplikater: samme kommune og dato fra to maskiner</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Behold begge</translation>
    </message>
    <message>
        <source>Keep the &amp;first, the second is a duplicate</source>
        <translation>Behold det &amp;første, det andre er et duplikat</translation>
    </message>
    <message>
        <source>Keep the s&amp;econd, the first is a duplicate</source>
        <translation>Behold det &amp;andre, det første er et duplikat</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Feltarbeid</translation>
    </message>
    <message>
        <source>Themes and passages</source>
        <translation>Temaer og utdrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>I papirkurven</translation>
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
        <translation>I utvalget</translation>
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
        <translation>Hvem (rolle)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Endelig</translation>
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
        <translation>Varighet (minutter)</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Sted eller lenke</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Med hvem</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>How the sample was made</source>
        <translation>Hvordan utvalget ble laget</translation>
    </message>
    <message>
        <source>{name}: sample and assignment</source>
        <translation>{name}: utvalg og tildeling</translation>
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
        <source>removed on one laptop, changed on another</source>
        <translation>fjernet på én maskin, endret på en annen</translation>
    </message>
    <message>
        <source>theme «{name}»</source>
        <translation>temaet «{name}»</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farge</translation>
    </message>
    <message>
        <source>main theme</source>
        <translation>hovedtema</translation>
    </message>
    <message>
        <source>citable</source>
        <translation>siterbar</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>må gjennomgås</translation>
    </message>
    <message>
        <source>where it begins</source>
        <translation>hvor det begynner</translation>
    </message>
    <message>
        <source>where it ends</source>
        <translation>hvor det slutter</translation>
    </message>
    <message>
        <source>marked words</source>
        <translation>merkede ord</translation>
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
        <translation>fjernet</translation>
    </message>
    <message>
        <source>kept, with the other laptop&apos;s change</source>
        <translation>beholdt, med endringen fra den andre maskinen</translation>
    </message>
    <message>
        <source>marked with it</source>
        <translation>merket med det</translation>
    </message>
    <message>
        <source>not marked with it</source>
        <translation>ikke merket med det</translation>
    </message>
    <message>
        <source>none (a main theme)</source>
        <translation>ingen (et hovedtema)</translation>
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
        <source>Kept, with the other laptop&apos;s changes</source>
        <translation>Beholdt, med den andre maskinens endringer</translation>
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
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>«{value}» – {who}, {when}</source>
        <translation>«{value}» – {who}, {when}</translation>
    </message>
    <message>
        <source>(in use now)</source>
        <translation>(brukes nå)</translation>
    </message>
    <message>
        <source>Value not used</source>
        <translation>Verdien ble ikke brukt</translation>
    </message>
    <message>
        <source>This value cannot be used ({error}); choose another.</source>
        <translation>Denne verdien kan ikke brukes ({error}); velg en annen.</translation>
    </message>
    <message>
        <source>This value does not pass the interview guide&apos;s checks ({error}); choose another.</source>
        <translation>Verdien består ikke intervjuguidens kontroller ({error}); velg en annen.</translation>
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
        <translation>Hva</translation>
    </message>
    <message>
        <source>Outcome or place</source>
        <translation>Utfall eller sted</translation>
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
        <translation>Interv&amp;juer:</translation>
    </message>
    <message>
        <source>Choose a municipality in the list.</source>
        <translation>Velg en kommune i listen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({number}), {county}, class {k}&lt;br&gt;Status: {status} · Coordinator: {coordinator}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({number}), {county}, klasse {k}&lt;br&gt;Status: {status} · Koordinator: {coordinator}</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endelig</translation>
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
        <translation>&amp;Bytt passfrase…</translation>
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
        <translation>&lt;b&gt;Studiens database er kryptert&lt;/b&gt; (SQLCipher, AES-256): databasen, sikkerhetskopiene og feltpakkene kan bare leses med passfrasen.&lt;br&gt;{path}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The study&apos;s database is not encrypted.&lt;/b&gt; Anyone who gets hold of this laptop, the file or a package of it can read the interviews, names and contacts. Encrypt it when the study holds personal data.&lt;br&gt;{path}</source>
        <translation>&lt;b&gt;Studiens database er ikke kryptert.&lt;/b&gt; Alle som får tak i denne maskinen, filen eller en feltpakke av den, kan lese intervjuene, navnene og kontaktopplysningene. Krypter den når studien har personopplysninger.&lt;br&gt;{path}</translation>
    </message>
    <message>
        <source>Type the study&apos;s current passphrase.</source>
        <translation>Skriv studiens nåværende passfrase.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Stopped: the database is as it was.</source>
        <translation>Stoppet: databasen er som den var.</translation>
    </message>
    <message>
        <source>The database could not be re-written: {error}. It is as it was.</source>
        <translation>Databasen kunne ikke skrives på nytt: {error}. Den er som før.</translation>
    </message>
    <message>
        <source>Backups re-written with the passphrase:</source>
        <translation>Sikkerhetskopier skrevet på nytt med passfrasen:</translation>
    </message>
    <message>
        <source>Backups removed:</source>
        <translation>Sikkerhetskopier slettet:</translation>
    </message>
    <message>
        <source>Backups left as they were (delete them or keep them safe):</source>
        <translation>Sikkerhetskopier som er som før (slett dem eller oppbevar dem trygt):</translation>
    </message>
    <message>
        <source>Backups that could not be re-written (left as they were):</source>
        <translation>Sikkerhetskopier som ikke kunne skrives på nytt (de er som før):</translation>
    </message>
    <message>
        <source>Encrypt {path} with a passphrase. Every laptop of the study uses the same passphrase.</source>
        <translation>Krypter {path} med en passfrase. Alle maskinene i studien bruker den samme passfrasen.</translation>
    </message>
    <message>
        <source>Encrypting the study&apos;s database and its backups…</source>
        <translation>Krypterer studiens database og sikkerhetskopiene av den …</translation>
    </message>
    <message>
        <source>The study&apos;s database is encrypted. From now on Feltkart asks for the passphrase when it starts, and its packages are encrypted too.</source>
        <translation>Studiens database er kryptert. Fra nå av spør Feltkart etter passfrasen når programmet starter, og feltpakkene blir også kryptert.</translation>
    </message>
    <message>
        <source>The new passphrase for {path}. Tell it to the other coordinators: their laptops keep the old one until they change it too.</source>
        <translation>Den nye passfrasen for {path}. Gi den til de andre koordinatorene: maskinene deres beholder den gamle til de bytter den også.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Bytt</translation>
    </message>
    <message>
        <source>Re-writing the database and its backups with the new passphrase…</source>
        <translation>Skriver databasen og sikkerhetskopiene på nytt med den nye passfrasen …</translation>
    </message>
    <message>
        <source>The passphrase is changed: the database opens with the new one only.</source>
        <translation>Passfrasen er byttet: databasen åpnes bare med den nye.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Fjern kryptering</translation>
    </message>
    <message>
        <source>The database will be stored unencrypted: anyone who gets hold of the file can read the interviews, names and contacts, and its packages are no longer encrypted. Remove the encryption?</source>
        <translation>Databasen blir lagret ukryptert: alle som får tak i filen, kan lese intervjuene, navnene og kontaktopplysningene, og feltpakkene blir ikke lenger kryptert. Fjerne krypteringen?</translation>
    </message>
    <message>
        <source>The database is stored unencrypted now.</source>
        <translation>Databasen er nå lagret ukryptert.</translation>
    </message>
    <message>
        <source>Writing the database unencrypted…</source>
        <translation>Skriver databasen ukryptert …</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Slett personopplysninger</translation>
    </message>
    <message>
        <source>The &amp;whole study: every informant and contact person</source>
        <translation>&amp;Hele studien: alle informanter og kontaktpersoner</translation>
    </message>
    <message>
        <source>&amp;One informant, on request:</source>
        <translation>Én &amp;informant, etter forespørsel:</translation>
    </message>
    <message>
        <source>interview id-number, as in the export&apos;s informanter sheet</source>
        <translation>intervju-id-nummer, som i eksportens informanter-ark</translation>
    </message>
    <message>
        <source>What to erase</source>
        <translation>Hva som slettes</translation>
    </message>
    <message>
        <source>Erased: the names and contacts of informants (in the interviews) and of contact persons (in contact attempts and appointments), in the current answers, in every earlier version kept in the change log, and in the search index; then the database file is rebuilt so that the deleted bytes are gone too. Kept: roles, every other answer, notes, the fieldwork and the statistics. A record of the erasure (who, when, what) takes their place and goes with the next field packages, so that every laptop that merges one erases the same.</source>
        <translation>Slettes: navn og kontaktinformasjon til informanter (i intervjuene) og kontaktpersoner (i kontaktforsøk og avtaler), i svarene slik de står nå, i alle tidligere versjoner i endringsloggen og i søkeindeksen; deretter bygges databasefilen opp på nytt, så de slettede bytene også er borte. Beholdes: roller, alle andre svar, notater, feltarbeidet og statistikken. En oppføring om slettingen (hvem, når, hva) kommer i stedet og følger med de neste feltpakkene, så hver maskin som slår sammen en av dem, sletter det samme.</translation>
    </message>
    <message>
        <source>I &amp;understand: the names and contacts cannot be brought back, not even by Undo or from a field package made later</source>
        <translation>Jeg &amp;forstår: navnene og kontaktinformasjonen kan ikke hentes tilbake, verken med Angre eller fra en feltpakke som lages senere</translation>
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
        <translation>Studien har ingen slettedato (sett en under Fil → Innstillinger).</translation>
    </message>
    <message>
        <source>The study&apos;s personal data are to be erased by {date}.</source>
        <translation>Studiens personopplysninger skal slettes innen {date}.</translation>
    </message>
    <message>
        <source>Backups beside the database</source>
        <translation>Sikkerhetskopier ved siden av databasen</translation>
    </message>
    <message>
        <source>Also &amp;delete these backups</source>
        <translation>Slett også &amp;disse sikkerhetskopiene</translation>
    </message>
    <message>
        <source>There are no backups beside the database.</source>
        <translation>Det ligger ingen sikkerhetskopier ved siden av databasen.</translation>
    </message>
    <message>
        <source>Feltkart wrote a backup beside the database before a migration or a merge; it still holds the names. Unless you delete it here, it stays where it is:</source>
        <translation>Feltkart skrev en sikkerhetskopi ved siden av databasen før en oppgradering eller sammenslåing; den inneholder fortsatt navnene. Sletter du den ikke her, blir den liggende der den er:</translation>
    </message>
    <message>
        <source>Feltkart wrote {n} backups beside the database before migrations and merges; they still hold the names. Unless you delete them here, they stay where they are:</source>
        <translation>Feltkart skrev {n} sikkerhetskopier ved siden av databasen før oppgraderinger og sammenslåinger; de inneholder fortsatt navnene. Sletter du dem ikke her, blir de liggende der de er:</translation>
    </message>
    <message>
        <source>Field packages made before the erasure, and exports with names, still hold the names: delete them where they are.</source>
        <translation>Feltpakker laget før slettingen, og eksporter med navn, inneholder fortsatt navnene: slett dem der de ligger.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Sletter…</translation>
    </message>
    <message>
        <source>Nothing was erased: {reason}</source>
        <translation>Ingenting ble slettet: {reason}</translation>
    </message>
    <message>
        <source>Write the informant as the interview&apos;s id, a hyphen and the informant&apos;s number.</source>
        <translation>Skriv informanten som intervjuets id, en bindestrek og informantens nummer.</translation>
    </message>
    <message>
        <source>There is no interview with that id.</source>
        <translation>Det finnes ikke noe intervju med den id-en.</translation>
    </message>
    <message>
        <source>The interview has {n} informants.</source>
        <translation>Intervjuet har {n} informanter.</translation>
    </message>
    <message>
        <source>That informant has neither name nor contact: there is nothing to erase.</source>
        <translation>Den informanten har verken navn eller kontaktinformasjon: det er ingenting å slette.</translation>
    </message>
    <message>
        <source>Erased. {n} change logs were rewritten; the record of the erasure goes with the next field packages.</source>
        <translation>Slettet. {n} endringslogger ble skrevet om; oppføringen om slettingen følger med de neste feltpakkene.</translation>
    </message>
    <message>
        <source>The backup was deleted.</source>
        <translation>Sikkerhetskopien ble slettet.</translation>
    </message>
    <message>
        <source>{n} backups deleted.</source>
        <translation>{n} sikkerhetskopier slettet.</translation>
    </message>
    <message>
        <source>These backups still hold the names: {paths}</source>
        <translation>Disse sikkerhetskopiene inneholder fortsatt navnene: {paths}</translation>
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
        <source>&amp;Use the charts&apos; filter</source>
        <translation>Br&amp;uk diagrammenes filter</translation>
    </message>
    <message>
        <source>County, dates, coordinator and drafts as the charts show them now</source>
        <translation>Fylke, datoer, koordinator og utkast slik diagrammene viser dem nå</translation>
    </message>
    <message>
        <source>Include the informants&apos; names and &amp;contact details</source>
        <translation>Ta med informantenes n&amp;avn og kontaktinformasjon</translation>
    </message>
    <message>
        <source>Write an encrypted &amp;zip file (AES-256, opens in 7-Zip) with a passphrase</source>
        <translation>Skriv en kryptert &amp;zip-fil (AES-256, åpnes i 7-Zip) med passordfrase</translation>
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
        <source>&amp;Excel workbook (.xlsx), with codebook</source>
        <translation>&amp;Excel-arbeidsbok (.xlsx) med kodebok</translation>
    </message>
    <message>
        <source>CSV files for Excel in &amp;Norway (semicolon, decimal comma)</source>
        <translation>CSV-filer for Excel i &amp;Norge (semikolon, desimalkomma)</translation>
    </message>
    <message>
        <source>CSV files for &amp;R, Stata, SPSS and Python (comma, UTF-8)</source>
        <translation>CSV-filer for &amp;R, Stata, SPSS og Python (komma, UTF-8)</translation>
    </message>
    <message>
        <source>&amp;PDF report: charts and tables</source>
        <translation>&amp;PDF-rapport: diagrammer og tabeller</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alle fylker</translation>
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
        <translation>Bare fullførte</translation>
    </message>
    <message>
        <source>Drafts only</source>
        <translation>Bare utkast</translation>
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
        <translation>&amp;Datoer:</translation>
    </message>
    <message>
        <source>&amp;Interviews:</source>
        <translation>&amp;Intervjuer:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Quotes and themes as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder</source>
        <translation>&amp;Sitater og temaer som REFI-QDA-prosjekt (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder</translation>
    </message>
    <message>
        <source>The project holds the quotes and notes as typed, with their themes and marked passages; no names or contact details: an interview is named by its municipality and date, its informants by role.</source>
        <translation>Prosjektet har sitatene og notatene slik de ble skrevet, med temaer og merkede utdrag; ingen navn eller kontaktopplysninger: et intervju er navngitt med kommune og dato, informantene med rolle.</translation>
    </message>
    <message>
        <source>The report holds numbers only: no names, no contact details, no free text.</source>
        <translation>Rapporten inneholder bare tall: ingen navn, ingen kontaktinformasjon, ingen fritekst.</translation>
    </message>
    <message>
        <source>The export WILL HOLD PERSONAL DATA in plain, unencrypted files: the informants&apos; names and contact details. Keep them only where the study&apos;s data protection plan allows personal data, and never send them by e-mail.</source>
        <translation>Eksporten VIL INNEHOLDE PERSONOPPLYSNINGER i vanlige, ukrypterte filer: informantenes navn og kontaktinformasjon. Lagre dem bare der studiens personvernplan tillater personopplysninger, og send dem aldri med e-post.</translation>
    </message>
    <message>
        <source>The export holds personal data (the informants&apos; names and contact details) in one AES-256 encrypted zip file. Its passphrase is shown once when it is written: send it by another channel than the file.</source>
        <translation>Eksporten inneholder personopplysninger (informantenes navn og kontaktinformasjon) i én AES-256-kryptert zip-fil. Passordfrasen vises én gang når filen er skrevet: send den på en annen kanal enn filen.</translation>
    </message>
    <message>
        <source>The export holds no names or contact details: informants appear by role and a pseudonymous id. Notes and quotes are exported as typed.</source>
        <translation>Eksporten inneholder ikke navn eller kontaktinformasjon: informantene står med rolle og en pseudonym id. Notater og sitater eksporteres slik de er skrevet.</translation>
    </message>
    <message>
        <source>The dates must be real dates written dd.mm.yyyy, for example 01.03.2026.</source>
        <translation>Datoene må være virkelige datoer skrevet dd.mm.åååå, for eksempel 01.03.2026.</translation>
    </message>
    <message>
        <source>The report counts complete interviews (or complete and drafts), not drafts alone.</source>
        <translation>Rapporten teller fullførte intervjuer (eller fullførte og utkast), ikke bare utkast.</translation>
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
        <translation>Ingenting ble skrevet til {path}: {reason}.
Velg et annet sted, eller lukk filen i programmet som har den åpen, og eksporter på nytt.</translation>
    </message>
    <message>
        <source>The export failed ({error}); nothing was written. The log has the details.</source>
        <translation>Eksporten mislyktes ({error}); ingenting ble skrevet. Loggen har detaljene.</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>mappen finnes ikke</translation>
    </message>
    <message>
        <source>a file has that name, choose a folder</source>
        <translation>en fil har det navnet, velg en mappe</translation>
    </message>
    <message>
        <source>no permission to write there, or the file is open in another program</source>
        <translation>ingen tillatelse til å skrive der, eller filen er åpen i et annet program</translation>
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
        <translation>Skrevet: {path}</translation>
    </message>
    <message>
        <source>Written: {path}

The zip file is encrypted with AES-256. It opens in 7-Zip (Windows), Keka (macOS) or WinZip with this passphrase:</source>
        <translation>Skrevet: {path}

Zip-filen er kryptert med AES-256. Den åpnes i 7-Zip (Windows), Keka (macOS) eller WinZip med denne passordfrasen:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Avbrutt: ingenting ble skrevet.</translation>
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
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
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
</context>
<context>
    <name>FieldworkView</name>
    <message>
        <source>A&amp;genda</source>
        <translation>Age&amp;nda</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Navn eller nummer</translation>
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
        <translation>Lag &amp;utvalg…</translation>
    </message>
    <message>
        <source>Ass&amp;ign… (Ctrl+T)</source>
        <translation>Tild&amp;el… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Sam&amp;ple</source>
        <translation>Utval&amp;g</translation>
    </message>
    <message>
        <source>Response ra&amp;tes</source>
        <translation>Svar&amp;prosent</translation>
    </message>
    <message>
        <source>Add to sampl&amp;e…</source>
        <translation>Legg t&amp;il i utvalget…</translation>
    </message>
    <message>
        <source>D&amp;rop…</source>
        <translation>Ta u&amp;t…</translation>
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
        <translation>Avtalene som en fil Outlook, Google Kalender og Apples Kalender kan importere</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Fortsatt åpne</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alle fylker</translation>
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
        <source>Showing {shown} of {total} municipalities in the sample. {design}</source>
        <translation>Viser {shown} av {total} kommuner i utvalget. {design}</translation>
    </message>
    <message>
        <source>{when}: {name} added by {who}: {reason}</source>
        <translation>{when}: {name} lagt til av {who}: {reason}</translation>
    </message>
    <message>
        <source>{when}: {name} dropped by {who}: {reason}</source>
        <translation>{when}: {name} tatt ut av {who}: {reason}</translation>
    </message>
    <message>
        <source>Remove this contact attempt? It can be restored from the history of changes.</source>
        <translation>Fjerne dette kontaktforsøket? Det kan hentes tilbake fra endringshistorikken.</translation>
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
        <translation>Eksporter avtaler</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation>Kalenderen ble ikke lagret</translation>
    </message>
    <message>
        <source>Saved {path}: import it in Outlook or Google Calendar.</source>
        <translation>Lagret {path}: importer den i Outlook eller Google Kalender.</translation>
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
        <translation>Kontroller de obligatoriske svarene og merk intervjuet som fullført (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historikk…</translation>
    </message>
    <message>
        <source>Complete – reopen it to change answers. The reason is kept in its history.</source>
        <translation>Fullført – gjenåpne intervjuet for å endre svar. Begrunnelsen lagres i historikken.</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Gjenåpne…</translation>
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
        <translation>Lagret {time}</translation>
    </message>
    <message>
        <source>1 marked passage of this text needs review in Sitater</source>
        <translation>1 merket utdrag i denne teksten må gjennomgås i Sitater</translation>
    </message>
    <message>
        <source>{n} marked passages of this text need review in Sitater</source>
        <translation>{n} merkede utdrag i denne teksten må gjennomgås i Sitater</translation>
    </message>
    <message>
        <source>Not saved yet: the database is busy (a merge is running). Trying again…</source>
        <translation>Ikke lagret ennå: databasen er opptatt (en sammenslåing pågår). Prøver igjen …</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Short guide to Feltkart</source>
        <translation>Kort veiledning til Feltkart</translation>
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
        <translation>Intervjuets historikk</translation>
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
        <translation>Fra</translation>
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
        <translation>Begrunnelse</translation>
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
        <translation>Papirkurv</translation>
    </message>
    <message>
        <source>{laptop} (this one)</source>
        <translation>{laptop} (denne)</translation>
    </message>
    <message>
        <source>In trash</source>
        <translation>I papirkurven</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gjenopprettet</translation>
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
        <translation>Navn (valgfritt)</translation>
    </message>
    <message>
        <source>Contact (optional)</source>
        <translation>Kontakt (valgfritt)</translation>
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
        <translation>Én rad per ordning. År, deltakelse og utbytte åpnes når svaret foran dem tilsier det.</translation>
    </message>
    <message>
        <source>Not complete: what is typed in {fields} could not be saved. Correct it first.</source>
        <translation>Ikke fullført: det som er skrevet i {fields}, kunne ikke lagres. Rett det først.</translation>
    </message>
    <message>
        <source>Choose one of those ticked in «{question}».</source>
        <translation>Velg en av dem som er krysset av i «{question}».</translation>
    </message>
    <message>
        <source>{scheme}, {question}: {error}</source>
        <translation>{scheme}, {question}: {error}</translation>
    </message>
    <message>
        <source>… and {n} more, framed in red.</source>
        <translation>… og {n} til, merket med rød ramme.</translation>
    </message>
    <message>
        <source>Not complete: {n} answers are missing or wrong. They are marked below; fix them and complete again.</source>
        <translation>Ikke fullført: {n} svar mangler eller er feil. De er merket nedenfor; rett dem og fullfør på nytt.</translation>
    </message>
    <message>
        <source>The list of schemes has changed since this interview was opened: close it and open it again.</source>
        <translation>Listen over ordninger er endret siden intervjuet ble åpnet: lukk det og åpne det igjen.</translation>
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
        <translation>Sist endret</translation>
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
        <translation>Ulagret innhold</translation>
    </message>
    <message>
        <source>What is typed in {fields} could not be saved (see the message at the field). Close anyway and lose it?</source>
        <translation>Det som er skrevet i {fields}, kunne ikke lagres (se meldingen ved feltet). Lukke likevel og miste det?</translation>
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
        <translation>Søk i notater, sitater og kommentarer</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papirkurv</translation>
    </message>
    <message>
        <source>Show deleted interviews, to restore them</source>
        <translation>Vis slettede intervjuer, for å gjenopprette dem</translation>
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
        <translation>&amp;Åpne</translation>
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
        <translation>Alle fylker</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle klasser</translation>
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
        <translation>Viser {shown} av {total} intervjuer</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Papirkurven er tom.</translation>
    </message>
    <message>
        <source>No interview matches the search and the filters.</source>
        <translation>Ingen intervjuer passer til søket og filtrene.</translation>
    </message>
    <message>
        <source>No interviews yet – Ctrl+N makes a new one</source>
        <translation>Ingen intervjuer ennå – Ctrl+N lager et nytt</translation>
    </message>
    <message>
        <source>{interview} was moved to the trash.</source>
        <translation>{interview} ble flyttet til papirkurven.</translation>
    </message>
    <message>
        <source>{interview} is back from the trash.</source>
        <translation>{interview} er hentet tilbake fra papirkurven.</translation>
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
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>Ordninger</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Intervjuer</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Feltarbeid</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sitater</translation>
    </message>
    <message>
        <source>Opening {view}…</source>
        <translation>Åpner {view}…</translation>
    </message>
    <message>
        <source>Opening the encrypted database…</source>
        <translation>Åpner den krypterte databasen…</translation>
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
        <translation>Lag feltpakke for noen &amp;utenfor studien…</translation>
    </message>
    <message>
        <source>&amp;Merge field packages…</source>
        <translation>&amp;Slå sammen feltpakker…</translation>
    </message>
    <message>
        <source>&amp;Export data or report…</source>
        <translation>&amp;Eksporter data eller rapport…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>Slett &amp;personopplysninger…</translation>
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
        <translation>&amp;Kort veiledning…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastatursnarveier…</translation>
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
        <translation>Det nye språket brukes fra neste gang du starter Feltkart.</translation>
    </message>
    <message>
        <source>About Feltkart</source>
        <translation>Om Feltkart</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Feltkart {version}&lt;/h3&gt;&lt;p&gt;Field interviews on rural municipalities&apos; use of national schemes for innovation, renewal and digitalisation.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;&lt;br&gt;{attribution}&lt;/p&gt;&lt;p&gt;Registry in use: {structure}; population 1 January {year}.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Feltkart {version}&lt;/h3&gt;&lt;p&gt;Feltintervjuer om distriktskommuners deltakelse i og utbytte av nasjonale ordninger for innovasjon, fornying og digitalisering.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datakilder&lt;/b&gt;&lt;br&gt;{attribution}&lt;/p&gt;&lt;p&gt;Kommuneregister i bruk: {structure}; folketall 1. januar {year}.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
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
        <translation>Rapport fra sammenslåingen</translation>
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
        <translation>Slo sammen 1 pakke: den hadde ikke noe nytt, så ingenting ble endret og ingen sikkerhetskopi trengtes.</translation>
    </message>
    <message>
        <source>Merged {n} packages: they held nothing new, so nothing changed and no backup was needed.</source>
        <translation>Slo sammen {n} pakker: de hadde ikke noe nytt, så ingenting ble endret og ingen sikkerhetskopi trengtes.</translation>
    </message>
    <message>
        <source>Merged 1 package.</source>
        <translation>Slo sammen 1 pakke.</translation>
    </message>
    <message>
        <source>Merged {n} packages.</source>
        <translation>Slo sammen {n} pakker.</translation>
    </message>
    <message>
        <source>New interviews: {i} · new changes: {c} · answers updated: {a}.</source>
        <translation>Nye intervjuer: {i} · nye endringer: {c} · svar oppdatert: {a}.</translation>
    </message>
    <message>
        <source>New changes of the fieldwork (sample, assignments, contacts, appointments): {n}.</source>
        <translation>Nye endringer i feltarbeidet (utvalg, tildelinger, kontakter, avtaler): {n}.</translation>
    </message>
    <message>
        <source>Refused: 1 file, nothing taken from it.</source>
        <translation>Avvist: 1 fil, ingenting hentet fra den.</translation>
    </message>
    <message>
        <source>Refused: {n} files, nothing taken from them.</source>
        <translation>Avvist: {n} filer, ingenting hentet fra dem.</translation>
    </message>
    <message>
        <source>Stopped: 1 package not merged, nothing taken from it. Merge it again when you are ready.</source>
        <translation>Stoppet: 1 pakke ikke slått sammen, ingenting er tatt fra den. Slå den sammen igjen når du er klar.</translation>
    </message>
    <message>
        <source>Stopped: {n} packages not merged, nothing taken from them. Merge them again when you are ready.</source>
        <translation>Stoppet: {n} pakker ikke slått sammen, ingenting er tatt fra dem. Slå dem sammen igjen når du er klar.</translation>
    </message>
    <message>
        <source>1 answer was changed on two laptops: see Conflicts.</source>
        <translation>1 svar ble endret på to maskiner: se Konflikter.</translation>
    </message>
    <message>
        <source>{n} answers were changed on two laptops: see Conflicts.</source>
        <translation>{n} svar ble endret på to maskiner: se Konflikter.</translation>
    </message>
    <message>
        <source>1 fieldwork field was changed on two laptops: see Conflicts.</source>
        <translation>1 felt i feltarbeidet ble endret på to maskiner: se Konflikter.</translation>
    </message>
    <message>
        <source>{n} fieldwork fields were changed on two laptops: see Conflicts.</source>
        <translation>{n} felt i feltarbeidet ble endret på to maskiner: se Konflikter.</translation>
    </message>
    <message>
        <source>1 theme or marked passage was changed on two laptops: see Conflicts.</source>
        <translation>1 tema eller merket utdrag ble endret på to maskiner: se Konflikter.</translation>
    </message>
    <message>
        <source>{n} themes or marked passages were changed on two laptops: see Conflicts.</source>
        <translation>{n} temaer eller merkede utdrag ble endret på to maskiner: se Konflikter.</translation>
    </message>
    <message>
        <source>1 possible duplicate interview: same municipality and date from two laptops.</source>
        <translation>1 mulig duplikat: samme kommune og dato fra to maskiner.</translation>
    </message>
    <message>
        <source>{n} possible duplicate interviews: same municipality and date from two laptops.</source>
        <translation>{n} mulige duplikater: samme kommune og dato fra to maskiner.</translation>
    </message>
    <message>
        <source>1 deleted interview was edited on another laptop; restore it from the trash if the edits matter.</source>
        <translation>1 slettet intervju ble endret på en annen maskin; gjenopprett det fra papirkurven hvis endringene betyr noe.</translation>
    </message>
    <message>
        <source>{n} deleted interviews were edited on another laptop; restore them from the trash if the edits matter.</source>
        <translation>{n} slettede intervjuer ble endret på en annen maskin; gjenopprett dem fra papirkurven hvis endringene betyr noe.</translation>
    </message>
    <message>
        <source>This laptop&apos;s database is now encrypted with the study&apos;s key: from now on it opens with the study&apos;s passphrase (the one the package opened with), and packages between it and the study&apos;s other laptops need no passphrase typed.</source>
        <translation>Databasen på denne maskinen er nå kryptert med studiens nøkkel: fra nå av åpnes den med studiens passfrase (den pakken ble åpnet med), og pakker mellom den og studiens andre maskiner trenger ingen passfrase.</translation>
    </message>
    <message>
        <source>These backups could not be re-written and still open with this laptop&apos;s old passphrase: {paths}</source>
        <translation>Disse sikkerhetskopiene kunne ikke skrives om og åpnes fortsatt med maskinens gamle passfrase: {paths}</translation>
    </message>
    <message>
        <source>This laptop&apos;s database could not take the study&apos;s key; it still opens with its own passphrase, and the study&apos;s packages ask for the study&apos;s. The log has the details.</source>
        <translation>Databasen på denne maskinen kunne ikke ta i bruk studiens nøkkel; den åpnes fortsatt med sin egen passfrase, og studiens pakker spør etter studiens. Loggen har detaljene.</translation>
    </message>
    <message>
        <source>A backup was written first: {path}</source>
        <translation>En sikkerhetskopi ble skrevet først: {path}</translation>
    </message>
    <message>
        <source>Merged: {file}</source>
        <translation>Slått sammen: {file}</translation>
    </message>
    <message>
        <source>Refused {file}: {reason}</source>
        <translation>Avvist {file}: {reason}</translation>
    </message>
    <message>
        <source>Not merged (stopped): {file}</source>
        <translation>Ikke slått sammen (stoppet): {file}</translation>
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
        <translation>Mulig duplikat: {pair}</translation>
    </message>
    <message>
        <source>Backup before merging: {path}</source>
        <translation>Sikkerhetskopi før sammenslåingen: {path}</translation>
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
        <translation>Rapporten ble ikke lagret</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesView</name>
    <message>
        <source>Search by name or number</source>
        <translation>Søk på navn eller nummer</translation>
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
        <translation>Valgt kommune</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Folketall</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisjon</translation>
    </message>
    <message>
        <source>Registry {version}: {structure}. Source: {attribution}</source>
        <translation>Kommuneregister {version}: {structure}. Kilde: {attribution}</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alle fylker</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle klasser</translation>
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
        <translation>Distriktskommuner (klasse {classes})</translation>
    </message>
    <message>
        <source>Central (the others)</source>
        <translation>Sentrale (de andre)</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} municipalities</source>
        <translation>Viser {shown} av {total} kommuner</translation>
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
        <translation>Ikke i dette registeret (punkter følger med 2024-registeret)</translation>
    </message>
    <message>
        <source>{lat}° N, {lon}° E</source>
        <translation>{lat}° N, {lon}° Ø</translation>
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
        <translation>Folketall</translation>
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
        <translation>Intervjuet finnes allerede</translation>
    </message>
    <message>
        <source>There is already an interview of {municipality} on {date} (by {coordinator}).</source>
        <translation>Det finnes allerede et intervju med {municipality} {date} (av {coordinator}).</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>Åpne det som finnes</translation>
    </message>
    <message>
        <source>Create another</source>
        <translation>Opprett et til</translation>
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
        <translation>&amp;Vis det jeg skriver</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny passfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Gjenta den:</translation>
    </message>
    <message>
        <source>At least {n} characters. A sentence of four or five ordinary words is strong and easy to remember.</source>
        <translation>Minst {n} tegn. En setning med fire eller fem vanlige ord er sterk og lett å huske.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A lost passphrase cannot be recovered.&lt;/b&gt; Without it nobody, Feltkart and its makers included, can open the study&apos;s data again. Note it where the study lead keeps such things, and tell it to the other coordinators by phone or in person, never in an e-mail with a package.</source>
        <translation>&lt;b&gt;En glemt passfrase kan ikke gjenopprettes.&lt;/b&gt; Uten den kan ingen, heller ikke Feltkart eller de som lager programmet, åpne studiens data igjen. Noter den der prosjektlederen oppbevarer slikt, og gi den til de andre koordinatorene på telefon eller ansikt til ansikt, aldri i en e-post med en feltpakke.</translation>
    </message>
    <message>
        <source>I have noted the passphrase and &amp;understand that it cannot be recovered</source>
        <translation>Jeg har notert passfrasen og &amp;forstår at den ikke kan gjenopprettes</translation>
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
        <translation>Kryss av i boksen for å bekrefte at du har notert passfrasen.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>De to passfrasene er ulike: skriv den samme to ganger.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters (and not only spaces).</source>
        <translation>Passfrasen må ha minst {n} tegn (og ikke bare mellomrom).</translation>
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
        <translation>Temaer</translation>
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
        <translation>Merkede &amp;utdrag:</translation>
    </message>
    <message>
        <source>Cha&amp;nge themes…</source>
        <translation>Vel&amp;g temaer…</translation>
    </message>
    <message>
        <source>Choose the themes of the passage (Enter in the list)</source>
        <translation>Velg temaene for utdraget (Enter i listen)</translation>
    </message>
    <message>
        <source>Cita&amp;ble</source>
        <translation>Siter&amp;bar</translation>
    </message>
    <message>
        <source>Remove m&amp;arking…</source>
        <translation>F&amp;jern merkingen…</translation>
    </message>
    <message>
        <source>Remove the marking of the passage; the text is not changed (Delete in the list)</source>
        <translation>Fjern merkingen av utdraget; teksten endres ikke (Delete i listen)</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>Avklar…</translation>
    </message>
    <message>
        <source>The answer was changed where the passage stands: keep the passage where it stands now, or move it to the text selected in the quote</source>
        <translation>Svaret er endret der utdraget står: behold utdraget der det står nå, eller flytt det til teksten som er valgt i sitatet</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gjennomgå</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The answer was changed where the passage stands: settle it</source>
        <translation>Svaret er endret der utdraget står: avklar det</translation>
    </message>
    <message>
        <source>No: no consent</source>
        <translation>Nei: mangler samtykke</translation>
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
        <translation>Ingen utdrag av denne teksten er merket ennå: velg en del av teksten og merk den med et tema (Ctrl+M).</translation>
    </message>
    <message>
        <source>This interview has no consent to quote: none of its passages can be cited, whatever is marked here.</source>
        <translation>Dette intervjuet har ikke samtykke til sitering: ingen av utdragene kan siteres, uansett hva som er merket her.</translation>
    </message>
    <message>
        <source>A citable passage may be quoted in the report, by municipality, never by name.</source>
        <translation>Et siterbart utdrag kan siteres i rapporten, med kommune, aldri med navn.</translation>
    </message>
    <message>
        <source>Whether the passage may be quoted in the report (Space in the list)</source>
        <translation>Om utdraget kan siteres i rapporten (mellomrom i listen)</translation>
    </message>
    <message>
        <source>The interview has no consent to quote (its consent answer is not «yes»): its passages can never be cited.</source>
        <translation>Intervjuet har ikke samtykke til sitering (svaret om samtykke er ikke «ja»): utdragene kan aldri siteres.</translation>
    </message>
    <message>
        <source>Themes of the passage</source>
        <translation>Temaene til utdraget</translation>
    </message>
    <message>
        <source>Remove marking</source>
        <translation>Fjern merkingen</translation>
    </message>
    <message>
        <source>Remove the marking of {passage}? Its themes go with it; the text of the answer is not changed.</source>
        <translation>Fjerne merkingen av {passage}? Temaene forsvinner med den; teksten i svaret endres ikke.</translation>
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
        <translation>Merket som: {passage}</translation>
    </message>
    <message>
        <source>Stands now: {passage}</source>
        <translation>Står nå: {passage}</translation>
    </message>
    <message>
        <source>Its place is no longer in the text.</source>
        <translation>Stedet finnes ikke lenger i teksten.</translation>
    </message>
    <message>
        <source>Selected: {passage}</source>
        <translation>Valgt: {passage}</translation>
    </message>
    <message>
        <source>To move it, cancel, select the words in the quote and settle again.</source>
        <translation>For å flytte det: avbryt, velg ordene i sitatet og avklar på nytt.</translation>
    </message>
    <message>
        <source>Settle passage</source>
        <translation>Avklar utdrag</translation>
    </message>
    <message>
        <source>The answer was changed where this passage stands.</source>
        <translation>Svaret er endret der dette utdraget står.</translation>
    </message>
    <message>
        <source>Keep it where it stands</source>
        <translation>Behold det der det står</translation>
    </message>
    <message>
        <source>Use the selected text</source>
        <translation>Bruk den valgte teksten</translation>
    </message>
    <message>
        <source>This part cannot be the passage: select some words of the text.</source>
        <translation>Denne delen kan ikke være utdraget: velg noen ord i teksten.</translation>
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
        <translation>(teksten er slettet: de merkede utdragene i den må gjennomgås)</translation>
    </message>
    <message>
        <source>Informants</source>
        <translation>Informanter</translation>
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
        <translation>Temaer</translation>
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
        <translation>Søk i sitater og notater</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Only needing revie&amp;w</source>
        <translation>Bare med utdrag som m&amp;å gjennomgås</translation>
    </message>
    <message>
        <source>Only the texts with a marked passage whose answer was changed where it stands</source>
        <translation>Bare tekstene med et merket utdrag der svaret er endret der utdraget står</translation>
    </message>
    <message>
        <source>Edit th&amp;emes…</source>
        <translation>Rediger tem&amp;aer…</translation>
    </message>
    <message>
        <source>The study&apos;s themes: add, rename, describe, colour, sub-themes, delete; the guide&apos;s barriers and measures as starting themes</source>
        <translation>Studiens temaer: legg til, gi nytt navn, beskriv, gi farge, undertemaer, slett; intervjuguidens barrierer og tiltak som starttemaer</translation>
    </message>
    <message>
        <source>Theme chart</source>
        <translation>Temadiagram</translation>
    </message>
    <message>
        <source>How many municipalities raised each theme, rural against central (Diagrammer)</source>
        <translation>Hvor mange kommuner som tok opp hvert tema, distrikt mot sentral (Diagrammer)</translation>
    </message>
    <message>
        <source>Mar&amp;k with theme…</source>
        <translation>&amp;Merk med tema…</translation>
    </message>
    <message>
        <source>Open the interview at this answer (Enter in the list)</source>
        <translation>Åpne intervjuet ved dette svaret (Enter i listen)</translation>
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
        <translation>F&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Ti&amp;l:</translation>
    </message>
    <message>
        <source>The quotes could not be read ({reason}); see the log.</source>
        <translation>Sitatene kunne ikke leses ({reason}); se loggen.</translation>
    </message>
    <message>
        <source>Showing {shown} of the newest interviews&apos; quotes and notes; reading the rest…</source>
        <translation>Viser {shown} sitater og notater fra de nyeste intervjuene; leser resten …</translation>
    </message>
    <message>
        <source>Showing {shown} of the newest interviews&apos; quotes and notes</source>
        <translation>Viser {shown} sitater og notater fra de nyeste intervjuene</translation>
    </message>
    <message>
        <source>Not a date: write it as dd.mm.yyyy, for example 01.03.2026</source>
        <translation>Ikke en dato: skriv den som dd.mm.åååå, for eksempel 01.03.2026</translation>
    </message>
    <message>
        <source>Select a part of the text, then mark it with one or more themes (Ctrl+M)</source>
        <translation>Velg en del av teksten, og merk den med ett eller flere temaer (Ctrl+M)</translation>
    </message>
    <message>
        <source>O&amp;pen interview</source>
        <translation>Å&amp;pne intervjuet</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>Alle fylker</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle klasser</translation>
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
        <translation>Alle temaer</translation>
    </message>
    <message>
        <source>Without a theme</source>
        <translation>Uten tema</translation>
    </message>
    <message>
        <source>All schemes</source>
        <translation>Alle ordninger</translation>
    </message>
    <message>
        <source>No scheme (notes and quotes)</source>
        <translation>Ingen ordning (notater og sitater)</translation>
    </message>
    <message>
        <source>Quotes and notes</source>
        <translation>Sitater og notater</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sitater</translation>
    </message>
    <message>
        <source>Notes and comments</source>
        <translation>Notater og kommentarer</translation>
    </message>
    <message>
        <source>«{text}» is not a date: write it as dd.mm.yyyy; it is left out of the filter.</source>
        <translation>«{text}» er ikke en dato: skriv den som dd.mm.åååå; den er holdt utenfor filteret.</translation>
    </message>
    <message>
        <source>«Until» ({last}) is before «From» ({first}): no text is shown.</source>
        <translation>«Til» ({last}) er før «Fra» ({first}): ingen tekst vises.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} quotes and notes</source>
        <translation>Viser {shown} av {total} sitater og notater</translation>
    </message>
    <message>
        <source>1 marked passage: {themes}</source>
        <translation>1 merket utdrag: {themes}</translation>
    </message>
    <message>
        <source>{n} marked passages: {themes}</source>
        <translation>{n} merkede utdrag: {themes}</translation>
    </message>
    <message>
        <source>Select a part of the text first.</source>
        <translation>Velg først en del av teksten.</translation>
    </message>
    <message>
        <source>This part cannot be marked: select some words of the text.</source>
        <translation>Denne delen kan ikke merkes: velg noen ord i teksten.</translation>
    </message>
    <message>
        <source>Marked.</source>
        <translation>Merket.</translation>
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
        <translation>&amp;Brutt ned på:</translation>
    </message>
    <message>
        <source>Respo&amp;nse rate chart</source>
        <translation>Diagra&amp;m over svarprosent</translation>
    </message>
    <message>
        <source>Sho&amp;w progress chart</source>
        <translation>Diagram &amp;over fremdrift</translation>
    </message>
    <message>
        <source>Non-response: the sample and those who responded</source>
        <translation>Frafall: utvalget og de som svarte</translation>
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
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy and the time as hh:mm, for example 02.03.2026 09:30.</source>
        <translation>Skriv datoen som dd.mm.åååå og klokkeslettet som tt:mm, for eksempel 02.03.2026 09:30.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen interview</source>
        <translation>Gjenåpne intervju</translation>
    </message>
    <message>
        <source>&amp;Why is the complete interview reopened? (kept in its history)</source>
        <translation>&amp;Hvorfor gjenåpnes det fullførte intervjuet? (lagres i historikken)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Gjenåpne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write why it is reopened: the reason is kept in the interview&apos;s history.</source>
        <translation>Skriv hvorfor det gjenåpnes: begrunnelsen lagres i intervjuets historikk.</translation>
    </message>
</context>
<context>
    <name>RetentionNote</name>
    <message>
        <source>Personal data erased (retention date {date})</source>
        <translation>Personopplysningene er slettet (slettedato {date})</translation>
    </message>
    <message>
        <source>Retention date {date} has passed</source>
        <translation>Slettedatoen {date} er passert</translation>
    </message>
    <message>
        <source>Erase the informants&apos; and contact persons&apos; names and contacts: File → Erase personal data…</source>
        <translation>Slett navn og kontaktinformasjon til informanter og kontaktpersoner: Fil → Slett personopplysninger…</translation>
    </message>
    <message>
        <source>Personal data kept until {date}</source>
        <translation>Personopplysninger beholdes til {date}</translation>
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
        <translation>Stopper: databasen blir som den var, om den ikke alt er skrevet på nytt&#xa0;…</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>Make the sample</source>
        <translation>Lag utvalget</translation>
    </message>
    <message>
        <source>&amp;Census: every municipality of the registry ({n})</source>
        <translation>&amp;Totalundersøkelse: alle kommunene i registeret ({n})</translation>
    </message>
    <message>
        <source>&amp;Stratified draw by centrality class</source>
        <translation>&amp;Stratifisert trekk etter sentralitetsklasse</translation>
    </message>
    <message>
        <source>&amp;Import a list of municipality numbers (CSV or XLSX)</source>
        <translation>&amp;Importer en liste med kommunenumre (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>&amp;Make the sample</source>
        <translation>&amp;Lag utvalget</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The study has a sample of {n} municipalities. Making it again sets which municipalities are in it; their contacts and interviews stay.</source>
        <translation>Studien har et utvalg på {n} kommuner. Lager du det på nytt, bestemmes hvilke kommuner som er med; kontakter og intervjuer blir værende.</translation>
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
        <translation>valgfritt, per klasse og fylke: 6/18:3, 5/18:2</translation>
    </message>
    <message>
        <source>By c&amp;ounty instead:</source>
        <translation>Etter f&amp;ylke i stedet:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>F&amp;rø:</translation>
    </message>
    <message>
        <source>The same seed draws the same municipalities again; it is recorded</source>
        <translation>Samme frø trekker de samme kommunene igjen; det blir lagret</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Velg fil…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>I filen</translation>
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
        <translation>Utvalgsliste</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Lister (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>it holds no rows</source>
        <translation>den har ingen rader</translation>
    </message>
    <message>
        <source>no column holds municipality numbers or names</source>
        <translation>ingen kolonne har kommunenumre eller -navn</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>den kan ikke leses ({detail})</translation>
    </message>
    <message>
        <source>{file}: {reason}. Choose another file.</source>
        <translation>{file}: {reason}. Velg en annen fil.</translation>
    </message>
    <message>
        <source>not a municipality number or name</source>
        <translation>ikke et kommunenummer eller -navn</translation>
    </message>
    <message>
        <source>not in the study&apos;s registry</source>
        <translation>ikke i studiens register</translation>
    </message>
    <message>
        <source>already in the list</source>
        <translation>står allerede i listen</translation>
    </message>
    <message>
        <source>read with its leading zero</source>
        <translation>lest med null foran</translation>
    </message>
    <message>
        <source>{file}: {rows} rows, {valid} valid, {problems} to look at (below)</source>
        <translation>{file}: {rows} rader, {valid} gyldige, {problems} å se på (under)</translation>
    </message>
    <message>
        <source>&amp;Make the sample ({n})</source>
        <translation>&amp;Lag utvalget ({n})</translation>
    </message>
    <message>
        <source>Cannot read «{part}»: write class/county:number, e.g. 6/18:3</source>
        <translation>Kan ikke lese «{part}»: skriv klasse/fylke:antall, f.eks. 6/18:3</translation>
    </message>
    <message>
        <source>&amp;Draw {n} municipalities</source>
        <translation>Tre&amp;kk {n} kommuner</translation>
    </message>
    <message>
        <source>Im&amp;port {n} valid rows</source>
        <translation>Im&amp;porter {n} gyldige rader</translation>
    </message>
    <message>
        <source>Cannot draw: {what}.</source>
        <translation>Kan ikke trekke: {what}.</translation>
    </message>
    <message>
        <source>stratum {k}: {asked} asked, only {held} there</source>
        <translation>stratum {k}: {asked} bedt om, bare {held} finnes</translation>
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
        <translation>&amp;Navn (norsk):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Navn (&amp;engelsk):</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>E&amp;ier:</translation>
    </message>
    <message>
        <source>&amp;Start year:</source>
        <translation>&amp;Startår:</translation>
    </message>
    <message>
        <source>&amp;Description (Norwegian):</source>
        <translation>&amp;Beskrivelse (norsk):</translation>
    </message>
    <message>
        <source>Description (En&amp;glish):</source>
        <translation>Beskrivelse (en&amp;gelsk):</translation>
    </message>
    <message>
        <source>for example digifin</source>
        <translation>for eksempel digifin</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfritt</translation>
    </message>
    <message>
        <source>Interviews refer to the code, so it cannot be changed.</source>
        <translation>Intervjuene viser til koden, så den kan ikke endres.</translation>
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
        <translation>Eier</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Fra</translation>
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
        <translation>Det spørres ikke om inaktive ordninger i nye intervjuer. En ordning som intervjuer viser til, kan deaktiveres, men ikke slettes.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Aktiver igjen</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Eier: {owner}</translation>
    </message>
    <message>
        <source>Delete scheme</source>
        <translation>Slett ordning</translation>
    </message>
    <message>
        <source>Delete the scheme «{name}» from the catalogue?</source>
        <translation>Slette ordningen «{name}» fra katalogen?</translation>
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
        <translation>Ordningen er i bruk</translation>
    </message>
    <message>
        <source>«{name}» is used in {n} recorded answers, so it cannot be deleted. Deactivate it instead: it then stays in old interviews and is not asked about in new ones.</source>
        <translation>«{name}» brukes i {n} registrerte svar og kan derfor ikke slettes. Deaktiver den i stedet: da blir den stående i gamle intervjuer, og det spørres ikke om den i nye.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Study (stored in the database)</source>
        <translation>Studie (lagret i databasen)</translation>
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
        <translation>Nytt språk tas i bruk neste gang Feltkart starter.</translation>
    </message>
    <message>
        <source>Encryption of the study&apos;s data</source>
        <translation>Kryptering av studiens data</translation>
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
        <translation>Databasen er kryptert med en passfrase.</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>Databasen er ikke kryptert.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastatursnarveier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Hva de gjør</translation>
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
        <translation>Intervjuer, Sitater, Kommuner, Feltarbeid, Ordninger, Diagrammer, Konflikter</translation>
    </message>
    <message>
        <source>Export data or report</source>
        <translation>Eksporter data eller rapport</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Short guide to Feltkart</source>
        <translation>Kort veiledning til Feltkart</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Intervjuer</translation>
    </message>
    <message>
        <source>Search notes, quotes and comments</source>
        <translation>Søk i notater, sitater og kommentarer</translation>
    </message>
    <message>
        <source>Open the interview</source>
        <translation>Åpne intervjuet</translation>
    </message>
    <message>
        <source>Move the interview to the trash</source>
        <translation>Flytt intervjuet til papirkurven</translation>
    </message>
    <message>
        <source>Bring back the interview deleted last</source>
        <translation>Hent tilbake intervjuet som sist ble slettet</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sitater</translation>
    </message>
    <message>
        <source>Search the quotes and notes</source>
        <translation>Søk i sitater og notater</translation>
    </message>
    <message>
        <source>Mark the selected words with themes</source>
        <translation>Merk de valgte ordene med temaer</translation>
    </message>
    <message>
        <source>Open the interview at the answer, the cursor in its text</source>
        <translation>Åpne intervjuet ved svaret, med markøren i teksten</translation>
    </message>
    <message>
        <source>Enter, Space, Delete</source>
        <translation>Enter, Mellomrom, Delete</translation>
    </message>
    <message>
        <source>In the marked passages: choose the themes, citable or not, remove the marking</source>
        <translation>I de merkede utdragene: velg temaer, siterbar eller ikke, fjern merkingen</translation>
    </message>
    <message>
        <source>An interview</source>
        <translation>Et intervju</translation>
    </message>
    <message>
        <source>Next, previous field</source>
        <translation>Neste, forrige felt</translation>
    </message>
    <message>
        <source>Next, previous section</source>
        <translation>Neste, forrige del</translation>
    </message>
    <message>
        <source>Arrow keys, first letters</source>
        <translation>Piltaster, forbokstaver</translation>
    </message>
    <message>
        <source>Step through a drop-down (saved when you leave it)</source>
        <translation>Bla i en nedtrekksliste (lagres når du forlater den)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellomrom</translation>
    </message>
    <message>
        <source>Open a drop-down; tick or untick a box</source>
        <translation>Åpne en nedtrekksliste; kryss av eller fjern krysset i en boks</translation>
    </message>
    <message>
        <source>Complete the interview (from any field)</source>
        <translation>Fullfør intervjuet (fra hvilket som helst felt)</translation>
    </message>
    <message>
        <source>Close the interview window (every answer is saved as you type)</source>
        <translation>Lukk intervjuvinduet (hvert svar lagres mens du skriver)</translation>
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
        <translation>Tildel de valgte kommunene</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagrammer</translation>
    </message>
    <message>
        <source>Copy the chart or its numbers</source>
        <translation>Kopier diagrammet eller tallene</translation>
    </message>
</context>
<context>
    <name>ShownPassphraseDialog</name>
    <message>
        <source>Passphrase: shown only once</source>
        <translation>Passordfrase: vises bare denne ene gangen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Send the passphrase by another channel than the file: by SMS or phone, never in the same e-mail. Feltkart does not keep it: note it now, it is shown only this once.</source>
        <translation>Send passordfrasen på en annen kanal enn filen: på SMS eller telefon, aldri i den samme e-posten. Feltkart tar ikke vare på den: skriv den ned nå, den vises bare denne ene gangen.</translation>
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
        <translation>2024-inndelingen: 357 kommuner, 15 fylker (SSB-sentralitet 2024)</translation>
    </message>
    <message>
        <source>2020-2023 structure: 356 municipalities, 11 counties (SSB centrality 2020)</source>
        <translation>2020–2023-inndelingen: 356 kommuner, 11 fylker (SSB-sentralitet 2020)</translation>
    </message>
    <message>
        <source>The study has interviews: they are recorded against this registry, so it stays as it is.</source>
        <translation>Studien har intervjuer: de er registrert mot dette registeret, så det blir stående som det er.</translation>
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
        <translation>&amp;Distriktskommuner:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <source>Personal data &amp;kept until:</source>
        <translation>Personopplysninger &amp;beholdes til:</translation>
    </message>
    <message>
        <source>After this date Feltkart reminds you to erase the informants&apos; and contact persons&apos; names and contacts (File → Erase personal data…).</source>
        <translation>Etter denne datoen minner Feltkart deg om å slette navn og kontaktinformasjon til informanter og kontaktpersoner (Fil → Slett personopplysninger…).</translation>
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
        <translation>&amp;Temaer:</translation>
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
        <translation>&amp;Flytt merkingene til:</translation>
    </message>
    <message>
        <source>&amp;Remove its markings: the passages lose this theme</source>
        <translation>Fje&amp;rn merkingene: utdragene mister dette temaet</translation>
    </message>
    <message>
        <source>&amp;Unmark the passages that have no other theme ({n}); else they stay marked without a theme</source>
        <translation>Fjern &amp;merkingen av utdragene som ikke har noe annet tema ({n}); ellers blir de stående merket uten tema</translation>
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
        <translation>{n} intervjuer</translation>
    </message>
    <message>
        <source>«{name}» is given to {passages} in {interviews}.</source>
        <translation>«{name}» er gitt til {passages} i {interviews}.</translation>
    </message>
    <message>
        <source>No passage is marked with «{name}».</source>
        <translation>Ingen utdrag er merket med «{name}».</translation>
    </message>
    <message>
        <source>Its sub-themes ({n}) become main themes.</source>
        <translation>Undertemaene ({n}) blir hovedtemaer.</translation>
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
        <translation>Ingen: et hovedtema</translation>
    </message>
    <message>
        <source>A theme with sub-themes of its own cannot be a sub-theme.</source>
        <translation>Et tema med egne undertemaer kan ikke være et undertema.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
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
        <translation>Velg fargen temaet vises med</translation>
    </message>
    <message>
        <source>Colour of the theme</source>
        <translation>Temaets farge</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>Høyst {n} tegn.</translation>
    </message>
    <message>
        <source>This theme cannot be a sub-theme of that one: a sub-theme has no sub-themes of its own.</source>
        <translation>Dette temaet kan ikke være et undertema av det: et undertema har ingen egne undertemaer.</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>The study&apos;s themes for marking passages of quotes and notes; a theme can have sub-themes (one level). Every laptop of the study gets them with the next field package.</source>
        <translation>Studiens temaer for å merke utdrag av sitater og notater; et tema kan ha undertemaer (ett nivå). Alle maskinene i studien får dem med neste feltpakke.</translation>
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
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Themes:</source>
        <translation>&amp;Temaer:</translation>
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
        <translation>Legg til intervjuguidens &amp;barrierer og tiltak</translation>
    </message>
    <message>
        <source>The interview guide&apos;s barrier and measure codes as themes, under «Barriers» and «Measures»; those already there are left as they are</source>
        <translation>Intervjuguidens koder for barrierer og tiltak som temaer, under «Barrierer» og «Tiltak»; de som allerede finnes, blir stående som de er</translation>
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
        <translation>Temaet er lagret.</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Slett tema</translation>
    </message>
    <message>
        <source>Delete the theme «{name}»? No passage is marked with it.</source>
        <translation>Slette temaet «{name}»? Ingen utdrag er merket med det.</translation>
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
        <translation>Temaet «{name}» er slettet.</translation>
    </message>
    <message>
        <source>The guide&apos;s barriers and measures are already among the themes: nothing was added.</source>
        <translation>Intervjuguidens barrierer og tiltak finnes allerede blant temaene: ingenting ble lagt til.</translation>
    </message>
    <message>
        <source>{n} themes added from the interview guide.</source>
        <translation>{n} temaer er lagt til fra intervjuguiden.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Feltkart</source>
        <translation>Velkommen til Feltkart</translation>
    </message>
    <message>
        <source>Rural municipalities and national schemes for innovation</source>
        <translation>Distriktskommuner og nasjonale ordninger for innovasjon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Feltkart&lt;/h3&gt;&lt;p&gt;This database is new. Tell Feltkart who records in it and which study it belongs to. You can change all of this later under &lt;i&gt;File → Settings&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Velkommen til Feltkart&lt;/h3&gt;&lt;p&gt;Denne databasen er ny. Fortell hvem som registrerer i den, og hvilken studie den hører til. Alt kan endres senere under &lt;i&gt;Fil → Innstillinger&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Encrypt the study&apos;s database with a passphrase (recommended: the interviews hold names and contacts)</source>
        <translation>Kr&amp;ypter studiens database med en passfrase (anbefalt: intervjuene har navn og kontaktopplysninger)</translation>
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
        <translation>Åpner en egen demodatabase med oppdiktede intervjuer, merket DEMODATA i vindustittelen. Din egen database forblir tom til du begynner å registrere.</translation>
    </message>
    <message>
        <source>The passphrase of the study&apos;s database. Every laptop of the study uses the same one; Feltkart asks for it each time it starts.</source>
        <translation>Passfrasen til studiens database. Alle maskinene i studien bruker den samme; Feltkart spør etter den hver gang programmet starter.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Feltkart cannot go on</source>
        <translation>Feltkart kan ikke fortsette</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Databasen er opptatt</translation>
    </message>
    <message>
        <source>The database is busy: a merge of field packages is still running, so the last step could not be saved. Try it again when the merge has finished; what was saved before is safe.</source>
        <translation>Databasen er opptatt: en sammenslåing av feltpakker pågår ennå, så det siste steget ble ikke lagret. Prøv igjen når sammenslåingen er ferdig; det som var lagret fra før, er trygt.</translation>
    </message>
    <message>
        <source>Feltkart: unexpected error</source>
        <translation>Feltkart: uventet feil</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

What you had saved is in the database. Details are in the log: {log}
Send that file to the person who supports Feltkart.</source>
        <translation>Noe gikk galt: {error}

Det som var lagret, ligger i databasen. Detaljer står i loggen: {log}
Send den filen til den som gir støtte på Feltkart.</translation>
    </message>
    <message>
        <source>This study&apos;s database is encrypted:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Type its passphrase to open it. Feltkart does not keep the passphrase; it asks for it each time it starts.</source>
        <translation>Studiens database er kryptert:&lt;br&gt;&lt;b&gt;{path}&lt;/b&gt;&lt;br&gt;&lt;br&gt;Skriv passfrasen for å åpne den. Feltkart tar ikke vare på passfrasen; programmet spør etter den hver gang det starter.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation>Sjekk klokken på denne datamaskinen</translation>
    </message>
    <message>
        <source>Interview guide not loaded</source>
        <translation>Intervjuguiden ble ikke lastet</translation>
    </message>
    <message>
        <source>These guide files could not be used; Feltkart goes on with the last good guide:

{problems}</source>
        <translation>Disse guidefilene kunne ikke brukes; Feltkart fortsetter med den siste gode guiden:

{problems}</translation>
    </message>
    <message>
        <source>Feltkart cannot open the database</source>
        <translation>Feltkart kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen er skadet</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{path} is a folder. Give the path of a database file, for example {example}.</source>
        <translation>{path} er en mappe. Oppgi stien til en databasefil, for eksempel {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first, or choose another location.</source>
        <translation>Mappen {folder} finnes ikke. Opprett den først, eller velg et annet sted.</translation>
    </message>
    <message>
        <source>Feltkart cannot write to {path}: the file or its folder is write-protected. Copy the database to a folder you can write to (for example your Documents folder) and open the copy.</source>
        <translation>Feltkart kan ikke skrive til {path}: filen eller mappen er skrivebeskyttet. Kopier databasen til en mappe du kan skrive i (for eksempel Dokumenter), og åpne kopien.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the name and the folder; to start a new study, open that name in the Feltkart window.</source>
        <translation>Det finnes ingen database i {path}. Sjekk navnet og mappen; for å starte en ny studie, åpne det navnet i Feltkart-vinduet.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it is not a Feltkart database, perhaps a copy that did not finish. Copy the database again from where it came from, or delete the empty file to start a new study there.</source>
        <translation>{path} er tom (0 byte): den er ikke en Feltkart-database, kanskje en kopiering som ikke ble ferdig. Kopier databasen på nytt fra der den kom fra, eller slett den tomme filen for å starte en ny studie der.</translation>
    </message>
    <message>
        <source>{path} is encrypted (or it is not a database). Feltkart needs its passphrase to open it.</source>
        <translation>{path} er kryptert (eller er ikke en database). Feltkart trenger passfrasen for å åpne den.</translation>
    </message>
    <message>
        <source>The passphrase does not open {path}. Check it (letters, spaces and capitals count) and try again. A lost passphrase cannot be recovered.</source>
        <translation>Passfrasen åpner ikke {path}. Sjekk den (bokstaver, mellomrom og store bokstaver teller) og prøv igjen. En glemt passfrase kan ikke gjenopprettes.</translation>
    </message>
    <message>
        <source>{path} is not encrypted, but this study was encrypted when it was last opened on this computer. It may be a plain copy put in the study&apos;s place: Feltkart does not open it as the study. Put the encrypted file back, or, if you want to use this plain file, move it to another name and open it from there.</source>
        <translation>{path} er ikke kryptert, men studien var kryptert da den sist ble åpnet på denne maskinen. Det kan være en ukryptert kopi som er lagt i studiens sted: Feltkart åpner den ikke som studien. Legg den krypterte filen tilbake, eller flytt den ukrypterte filen til et annet navn og åpne den derfra hvis du vil bruke den.</translation>
    </message>
    <message>
        <source>{path} is not a Feltkart database: it is not an SQLite database file, or it is damaged. Check that you chose the right file; open a backup copy if the file is damaged.</source>
        <translation>{path} er ikke en Feltkart-database: filen er ikke en SQLite-database, eller den er skadet. Kontroller at du valgte riktig fil; åpne en sikkerhetskopi hvis filen er skadet.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database made by another program. Feltkart does not write into other programs&apos; databases; choose a Feltkart database or a new file name.</source>
        <translation>{path} er en SQLite-database laget av et annet program. Feltkart skriver ikke i andre programmers databaser; velg en Feltkart-database eller et nytt filnavn.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Feltkart (version {version}). Install that version or a newer one to open it.</source>
        <translation>{path} er skrevet av en nyere Feltkart (versjon {version}). Installer den versjonen eller en nyere for å åpne den.</translation>
    </message>
    <message>
        <source>Feltkart cannot open {path}.</source>
        <translation>Feltkart kan ikke åpne {path}.</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Filen er ikke endret.</translation>
    </message>
    <message>
        <source>{path} is damaged: some of its pages cannot be read. Feltkart writes nothing into it. Close Feltkart, keep the damaged file for the person who supports Feltkart, and restore a backup: copy it to the database&apos;s name.</source>
        <translation>{path} er skadet: noen av sidene i filen kan ikke leses. Feltkart skriver ingenting i den. Lukk Feltkart, ta vare på den skadde filen til den som gir brukerstøtte, og hent tilbake en sikkerhetskopi: kopier den til databasens navn.</translation>
    </message>
    <message>
        <source>Backups beside it, newest first:</source>
        <translation>Sikkerhetskopier ved siden av, nyeste først:</translation>
    </message>
    <message>
        <source>There is no backup beside it: use the last field package you made or received, which holds the whole database.</source>
        <translation>Det ligger ingen sikkerhetskopi ved siden av: bruk den siste feltpakken du laget eller fikk, som inneholder hele databasen.</translation>
    </message>
    <message>
        <source>The disk is full: Feltkart could not write {path}. Free some space (empty the trash, move large files away) and try again. Nothing was left half-written.</source>
        <translation>Disken er full: Feltkart kunne ikke skrive {path}. Frigjør plass (tøm papirkurven, flytt store filer) og prøv igjen. Ingenting ble liggende halvskrevet.</translation>
    </message>
    <message>
        <source>The database {path} is already open in another Feltkart (process {pid} on {host}). Switch to that window, or wait for that command to finish, before you open the database here.</source>
        <translation>Databasen {path} er allerede åpen i en annen Feltkart (prosess {pid} på {host}). Bytt til det vinduet, eller vent til den kommandoen er ferdig, før du åpner databasen her.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Må fylles ut.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>For lang.</translation>
    </message>
    <message>
        <source>Must be a single line.</source>
        <translation>Må stå på én linje.</translation>
    </message>
    <message>
        <source>2-32 characters: lower-case letters a-z, digits, - or _, starting with a letter.</source>
        <translation>2–32 tegn: små bokstaver a–z, sifre, - eller _, og første tegn en bokstav.</translation>
    </message>
    <message>
        <source>This code is already in use.</source>
        <translation>Koden er allerede i bruk.</translation>
    </message>
    <message>
        <source>The code cannot be changed.</source>
        <translation>Koden kan ikke endres.</translation>
    </message>
    <message>
        <source>A year from 1950 to next year.</source>
        <translation>Et årstall fra 1950 til neste år.</translation>
    </message>
    <message>
        <source>A whole number, such as 2017.</source>
        <translation>Et heltall, for eksempel 2017.</translation>
    </message>
    <message>
        <source>Unknown registry version.</source>
        <translation>Ukjent registerversjon.</translation>
    </message>
    <message>
        <source>The study already has interviews recorded with this registry; it cannot change now.</source>
        <translation>Studien har allerede intervjuer registrert med dette registeret; det kan ikke endres nå.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Et tema må ha et navn.</translation>
    </message>
    <message>
        <source>A theme&apos;s name has at most 80 characters.</source>
        <translation>Navnet på et tema kan ha høyst 80 tegn.</translation>
    </message>
    <message>
        <source>There is already a theme called «{name}».</source>
        <translation>Det finnes allerede et tema som heter «{name}».</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Velg et av alternativene.</translation>
    </message>
    <message>
        <source>A whole number, such as 2019.</source>
        <translation>Et heltall, for eksempel 2019.</translation>
    </message>
    <message>
        <source>A number, such as 2,5.</source>
        <translation>Et tall, for eksempel 2,5.</translation>
    </message>
    <message>
        <source>Must be {min} or more.</source>
        <translation>Må være {min} eller mer.</translation>
    </message>
    <message>
        <source>Must be {max} or less.</source>
        <translation>Må være {max} eller mindre.</translation>
    </message>
    <message>
        <source>A date that exists, written dd.mm.yyyy.</source>
        <translation>En dato som finnes, skrevet dd.mm.åååå.</translation>
    </message>
    <message>
        <source>Not a municipality of the study&apos;s registry: type a name or number and pick from the list.</source>
        <translation>Ikke en kommune i studiens register: skriv navn eller nummer og velg fra listen.</translation>
    </message>
    <message>
        <source>Every informant needs a role.</source>
        <translation>Hver informant må ha en rolle.</translation>
    </message>
    <message>
        <source>This scheme was deleted from the catalogue; close and reopen the interview.</source>
        <translation>Ordningen er slettet fra katalogen; lukk intervjuet og åpne det igjen.</translation>
    </message>
    <message>
        <source>it holds changes by {who} (laptop {device}) dated {stamped}, more than {hours} hours after this computer&apos;s clock ({now}). Either that laptop&apos;s clock was wrong when they were made, or this computer&apos;s clock is behind: check the date and time on both computers, then merge again. Nothing was taken from the package.</source>
        <translation>den har endringer fra {who} (maskin {device}) datert {stamped}, mer enn {hours} timer etter klokken på denne datamaskinen ({now}). Enten gikk klokken feil på den maskinen da endringene ble gjort, eller så går klokken her for sakte: sjekk dato og tid på begge maskinene, og slå sammen på nytt. Ingenting ble hentet fra pakken.</translation>
    </message>
    <message>
        <source>it holds a value Feltkart would refuse if it were typed ({detail}). Ask the sender to correct it and make a new package.</source>
        <translation>den har en verdi Feltkart ville avvist om den ble skrevet inn ({detail}). Be avsenderen rette den og lage en ny pakke.</translation>
    </message>
    <message>
        <source>the file does not exist (was it moved or renamed?)</source>
        <translation>filen finnes ikke (er den flyttet eller har fått nytt navn?)</translation>
    </message>
    <message>
        <source>it is not a Feltkart package</source>
        <translation>det er ikke en Feltkart-pakke</translation>
    </message>
    <message>
        <source>it is not a Feltkart package: the data inside were made by another program</source>
        <translation>det er ikke en Feltkart-pakke: dataene i den er laget av et annet program</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (copy it again)</source>
        <translation>filen er skadet eller ufullstendig (kopier den på nytt)</translation>
    </message>
    <message>
        <source>its contents do not match its checksum (copy it again)</source>
        <translation>innholdet stemmer ikke med kontrollsummen (kopier den på nytt)</translation>
    </message>
    <message>
        <source>it was made by a newer Feltkart (update this one first)</source>
        <translation>den er laget av en nyere Feltkart (oppdater denne først)</translation>
    </message>
    <message>
        <source>it belongs to another study</source>
        <translation>den hører til en annen studie</translation>
    </message>
    <message>
        <source>it uses another municipality registry</source>
        <translation>den bruker et annet kommuneregister</translation>
    </message>
    <message>
        <source>it would unpack to far more than a Feltkart package holds; it is not merged</source>
        <translation>den ville pakkes ut til langt mer enn en Feltkart-pakke inneholder; den slås ikke sammen</translation>
    </message>
    <message>
        <source>the disk is full ({where}): free some space and merge again</source>
        <translation>disken er full ({where}): frigjør plass og slå sammen på nytt</translation>
    </message>
    <message>
        <source>the file cannot be written ({detail})</source>
        <translation>filen kan ikke skrives ({detail})</translation>
    </message>
    <message>
        <source>its study is encrypted and this database is not: encrypt this database with the study&apos;s passphrase (File → Settings → Encryption), then merge again</source>
        <translation>studien den kommer fra er kryptert, og denne databasen er ikke det: krypter denne databasen med studiens passfrase (Fil → Innstillinger → Kryptering) og slå sammen på nytt</translation>
    </message>
    <message>
        <source>its study is not encrypted and this one is: the sender must encrypt their database with the study&apos;s passphrase and make a new package</source>
        <translation>studien den kommer fra er ikke kryptert, men denne er det: avsenderen må kryptere sin database med studiens passfrase og lage en ny feltpakke</translation>
    </message>
    <message>
        <source>it is encrypted with a passphrase of its own: merge it again and type the passphrase you were sent</source>
        <translation>den er kryptert med en egen passfrase: slå den sammen på nytt og skriv passfrasen du fikk tilsendt</translation>
    </message>
    <message>
        <source>the passphrase does not open it: check the passphrase you were sent and merge again</source>
        <translation>passfrasen åpner den ikke: sjekk passfrasen du fikk tilsendt, og slå sammen på nytt</translation>
    </message>
    <message>
        <source>This computer&apos;s clock says {now}, but this database holds changes dated up to {recorded}. The date or time of this computer is probably wrong: set it right (in the system settings) before you go on. Until then, what you record is dated after those changes, and packages from other laptops may be refused.</source>
        <translation>Klokken på denne datamaskinen viser {now}, men databasen har endringer datert helt til {recorded}. Datoen eller tiden på denne maskinen er trolig feil: still den riktig (i systeminnstillingene) før du fortsetter. Inntil da blir det du registrerer datert etter de endringene, og pakker fra andre maskiner kan bli avvist.</translation>
    </message>
    <message>
        <source>the database was busy: another program kept it locked for writing too long</source>
        <translation>databasen var opptatt: et annet program holdt den låst for skriving for lenge</translation>
    </message>
    <message>
        <source>{path} could not be written:
{reason}

Choose another folder, or close the file in the program that has it open, and save again.</source>
        <translation>{path} kunne ikke skrives:
{reason}

Velg en annen mappe, eller lukk filen i programmet som har den åpen, og lagre igjen.</translation>
    </message>
</context>
<context>
    <name>packages</name>
    <message>
        <source>Everything (the whole database)</source>
        <translation>Alt (hele databasen)</translation>
    </message>
    <message>
        <source>Field package</source>
        <translation>Feltpakke</translation>
    </message>
    <message>
        <source>What goes in the package? Choose everything, or type or choose who it is for: then only what changed since the last package to them.</source>
        <translation>Hva skal med i pakken? Velg alt, eller skriv eller velg hvem den er til: da kommer bare det som er endret siden forrige pakke til dem.</translation>
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
        <translation>Skriver pakken…</translation>
    </message>
    <message>
        <source>The package {path} is encrypted with this one-off passphrase; it opens with it only.</source>
        <translation>Feltpakken {path} er kryptert med denne engangspassfrasen og kan bare åpnes med den.</translation>
    </message>
    <message>
        <source>Interviews in it: {n}, {t} of them in the trash.</source>
        <translation>Intervjuer i den: {n}, av dem {t} i papirkurven.</translation>
    </message>
    <message>
        <source>Interviews in it: {n}.</source>
        <translation>Intervjuer i den: {n}.</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Pakken er skrevet</translation>
    </message>
    <message>
        <source>The package is written to {path}.
{held}
Give this file to the other laptop (USB stick, e-mail, shared folder); there, choose File → Merge field packages.</source>
        <translation>Pakken er skrevet til {path}.
{held}
Gi filen til den andre maskinen (minnepinne, e-post, delt mappe); der velger du Fil → Slå sammen feltpakker.</translation>
    </message>
    <message>
        <source>Package not written</source>
        <translation>Pakken ble ikke skrevet</translation>
    </message>
    <message>
        <source>Nothing was written to {path}: {reason}
Choose another place and try again.</source>
        <translation>Ingenting ble skrevet til {path}: {reason}
Velg et annet sted og prøv igjen.</translation>
    </message>
    <message>
        <source>Merge field packages</source>
        <translation>Slå sammen feltpakker</translation>
    </message>
    <message>
        <source>Feltkart package (*.feltkart);;All files (*)</source>
        <translation>Feltkart-pakke (*.feltkart);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Merging 1 package…</source>
        <translation>Slår sammen 1 pakke…</translation>
    </message>
    <message>
        <source>Merging {n} packages…</source>
        <translation>Slår sammen {n} pakker…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stopping: the package being merged is undone; the ones before it stay merged…</source>
        <translation>Stopper: pakken som slås sammen nå, blir angret; de før den forblir sammenslått…</translation>
    </message>
    <message>
        <source>The merge stopped ({reason}). Each package is merged completely or not at all: the one it stopped on changed nothing, the ones before it are merged. The log has the details.</source>
        <translation>Sammenslåingen stoppet ({reason}). Hver pakke slås sammen helt eller ikke i det hele tatt: pakken den stoppet på, endret ingenting, og pakkene før den er slått sammen. Loggen har detaljene.</translation>
    </message>
    <message>
        <source>Merge not done</source>
        <translation>Sammenslåingen ble ikke gjort</translation>
    </message>
    <message>
        <source>The study&apos;s passphrase</source>
        <translation>Studiens passfrase</translation>
    </message>
    <message>
        <source>This laptop&apos;s database opens with a passphrase of its own; the study&apos;s package opened with the study&apos;s. Re-write the database with the study&apos;s key? It then opens with the study&apos;s passphrase, the one you typed for the package, not this laptop&apos;s, and packages between it and the study&apos;s other laptops need no passphrase typed.</source>
        <translation>Databasen på denne maskinen åpnes med en egen passfrase; studiens pakke ble åpnet med studiens. Skrive databasen om med studiens nøkkel? Den åpnes da med studiens passfrase, den du skrev for pakken, ikke maskinens egen, og pakker mellom den og studiens andre maskiner trenger ingen passfrase.</translation>
    </message>
    <message>
        <source>Re-writing the database with the study&apos;s key…</source>
        <translation>Skriver databasen på nytt med studiens nøkkel …</translation>
    </message>
    <message>
        <source>The package &lt;b&gt;{name}&lt;/b&gt; is encrypted with a passphrase of its own.&lt;br&gt;&lt;br&gt;Type the passphrase you were sent with it.</source>
        <translation>Feltpakken &lt;b&gt;{name}&lt;/b&gt; er kryptert med en egen passfrase.&lt;br&gt;&lt;br&gt;Skriv passfrasen du fikk tilsendt sammen med den.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <source>The merge stopped ({reason}); the database is as it was before it. The log has the details.</source>
        <translation>Sammenslåingen stoppet ({reason}); databasen er som før. Loggen har detaljene.</translation>
    </message>
</context>
</TS>
