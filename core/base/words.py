"""The one catalogue of the words Feltkart's core writes itself, in bokmål and English: the charts, the tables
behind them, the PDF report, and the export's codebook and about sheet. (The window's own words are Qt
translations in ``resources/i18n``.) Each word is looked up by its key with ``word``; a group of
municipalities is named by ``group_label`` in every place."""

from __future__ import annotations

from collections.abc import Iterable

WORDS: dict[str, tuple[str, str]] = {  # key: (bokmål, English)
    # how a municipality with several interviews is counted, stated under every chart and in the report
    'rule.counting': (
        'Kommunen er enheten: kjenner til, har søkt eller har deltatt hvis minst ett av kommunens intervjuer sier det; utbytte og viktigste barriere fra det siste intervjuet. Strekene og tallene i parentes: 95 % konfidensintervall (Wilson). Grupper med færre enn 5 kommuner er skravert og merket «lav n».',
        'The municipality is the unit: aware, applied or took part if any of its interviews says so; benefit and the most important barrier from its latest interview. The lines and the numbers in brackets: 95 % confidence interval (Wilson). Groups with fewer than 5 municipalities are hatched and marked «low n».'),
    # how the response rates are worked out, stated under their chart, in the report and the window
    'rule.response': (
        'Svarprosent etter AAPOR for en totalundersøkelse av kjente enheter: RR1 = I/(I+P+R+NC+O), RR2 = (I+P)/(I+P+R+NC+O), COOP1 = I/(I+P+R+O), REF1 = R/(I+P+R+NC+O), CON1 = (I+P+R+O)/(I+P+R+NC+O). I fullført, P delvis, R nektet, NC ikke kontakt, O annet; ikke aktuelle (NE) er holdt utenfor. Kommunen er enheten. Streken: 95 % intervall (Wilson) for RR1; skravert: færre enn 5 kommuner.',
        'Response rates after AAPOR for a census of known units: RR1 = I/(I+P+R+NC+O), RR2 = (I+P)/(I+P+R+NC+O), COOP1 = I/(I+P+R+O), REF1 = R/(I+P+R+NC+O), CON1 = (I+P+R+O)/(I+P+R+NC+O). I complete, P partial, R refusal, NC non-contact, O other; not eligible (NE) left out. The municipality is the unit. The line: 95 % interval (Wilson) of RR1; hatched: fewer than 5 municipalities.'),
    # the groups of municipalities: in a table, in a chart's legend, beside a bar
    'group.rural': ('Distrikt ({classes})', 'Rural ({classes})'),
    'group.central': ('Sentral', 'Central'),
    'group.class': ('Klasse {k}', 'Class {k}'),
    'group.rural_legend': (
        'Distriktskommuner (sentralitet {classes})',
        'Rural municipalities (centrality {classes})'),
    'group.central_legend': ('Sentrale kommuner', 'Central municipalities'),
    'group.class_1_legend': ('Klasse 1 (mest sentral)', 'Class 1 (most central)'),
    'group.class_6_legend': ('Klasse 6 (minst sentral)', 'Class 6 (least central)'),
    'group.rural_note': ('distrikt', 'rural'),
    'group.central_note': ('sentral', 'central'),
    'group.class_note': ('kl. {k}', 'cl. {k}'),
    # the tables behind the charts (their headers)
    'table.scheme': ('Ordning', 'Scheme'),
    'table.group': ('Gruppe', 'Group'),
    'table.n': ('n', 'n'),
    'table.aware': ('Kjenner til', 'Aware'),
    'table.applied': ('Har søkt', 'Applied'),
    'table.took_part': ('Har deltatt', 'Took part'),
    'table.share_took_part': ('Andel deltatt', 'Share took part'),
    'table.pairs': ('n (kommune × ordning)', 'n (municipality × scheme)'),
    'table.share_aware': ('Andel kjenner til', 'Share aware'),
    'table.share_applied': ('Andel søkt', 'Share applied'),
    'table.dont_know': ('Vet ikke', "Don't know"),
    'table.n_benefit': ('n (deltatt og svart)', 'n (took part and answered)'),
    'table.barrier': ('Barriere', 'Barrier'),
    'table.naming': ('Nevner', 'Naming it'),
    'table.share': ('Andel', 'Share'),
    'table.main': ('Viktigste', 'Most important'),
    'table.n_main': ('n (har en viktigste)', 'n (named one)'),
    'table.division': ('Inndeling', 'Division'),
    'table.name': ('Navn', 'Name'),
    'table.interviewed': ('Intervjuet', 'Interviewed'),
    'table.municipalities': ('Kommuner', 'Municipalities'),
    'table.class': ('Sentralitetsklasse', 'Centrality class'),
    'table.county': ('Fylke', 'County'),
    'table.number': ('Nr.', 'No.'),
    'table.municipality': ('Kommune', 'Municipality'),
    'table.interviews': ('Intervjuer', 'Interviews'),
    'table.yes': ('ja', 'yes'),
    'table.no': ('nei', 'no'),
    'table.took_part_in': ('Deltatt i {scheme}', 'Took part in {scheme}'),
    'table.measure': ('Tiltak', 'Measure'),
    'table.sample': ('Utvalg', 'Sample'),
    'table.eligible': ('Aktuelle', 'Eligible'),
    'table.not_eligible': ('Ikke aktuell', 'Not eligible'),
    'table.interval': ('95 % intervall (RR1)', '95 % interval (RR1)'),
    'table.share_sample': ('Andel av utvalget', 'Share of the sample'),
    'table.respondents': ('Svart (I)', 'Responded (I)'),
    'table.share_respondents': ('Andel av svarene', 'Share of the responses'),
    'table.rr1': ('Svarprosent (RR1)', 'Response rate (RR1)'),
    'table.population': ('Folketall', 'Population'),
    'table.first': ('Første intervju', 'First interview'),
    'table.latest': ('Siste', 'Latest'),
    'table.all': ('Alle', 'All'),
    'table.unassigned': ('(ikke tildelt)', '(unassigned)'),
    'table.coordinator': ('Koordinator', 'Coordinator'),
    # the charts
    'chart.took_part_title': ('Deltakelse i nasjonale ordninger', 'Participation in national schemes'),
    'chart.share_took_part': ('Andel kommuner som har deltatt', 'Share of municipalities that took part'),
    'chart.funnel_title': ('Fra kjennskap til deltakelse', 'From awareness to participation'),
    'chart.aware': ('Kjenner til', 'Aware'),
    'chart.applied': ('Har søkt', 'Applied'),
    'chart.took_part': ('Har deltatt', 'Took part'),
    'chart.share_pairs': ('Andel av kommune × ordning', 'Share of municipality × scheme'),
    'chart.benefit_title': (
        'Utbytte av ordningene (1 = svært lite, 5 = svært stort)',
        'Benefit of the schemes (1 = very little, 5 = very much)'),
    'chart.share': ('Andel', 'Share'),
    'chart.barriers_title': ('Barrierer', 'Barriers'),
    'chart.share_naming': ('Andel kommuner som nevner barrieren', 'Share of municipalities naming the barrier'),
    'chart.coverage_title': ('Feltarbeid: intervjuede kommuner', 'Fieldwork: municipalities interviewed'),
    'chart.by_class': ('Etter sentralitetsklasse', 'By centrality class'),
    'chart.by_county': ('Etter fylke', 'By county'),
    'chart.interviewed': ('Intervjuet', 'Interviewed'),
    'chart.class': ('Sentralitetsklasse', 'Centrality class'),
    'chart.low_n': ('lav n', 'low n'),
    'chart.n_municipalities': ('n = {n} kommuner', 'n = {n} municipalities'),
    'chart.filter_all': ('alle fullførte intervjuer', 'all complete interviews'),
    'chart.with_drafts': ('inkl. utkast', 'incl. drafts'),
    'chart.dont_know': ('vet ikke', "don't know"),
    'chart.map_title': ('Intervjuede kommuner', 'Municipalities interviewed'),
    'chart.not_interviewed': ('Ikke intervjuet', 'Not interviewed'),
    'chart.map_needs_2024': (
        'Kartet trenger 2024-registerets kommunepunkter.',
        "The map needs the 2024 registry's municipality points."),
    'chart.benefit_axis': (
        'Andel (%) av dem som deltok og ga score: lite ← → mye',
        'Share (%) of those that took part and scored: little ← → much'),
    'chart.map_scheme_title': ('Deltakelse i {scheme}', 'Participation in {scheme}'),
    'chart.took_part_yes': ('Har deltatt', 'Took part'),
    'chart.took_part_no': ('Intervjuet, ikke deltatt', 'Interviewed, did not take part'),
    'chart.response_title': ('Svarprosent i utvalget', 'Response rate in the sample'),
    'chart.response_axis': (
        'Andel av de aktuelle kommunene i utvalget (%)', 'Share of the eligible municipalities in the sample (%)'),
    'chart.rates_note': ('RR1 {rr1} % ({low}–{high}) · RR2 {rr2} % · n = {n}',
                         'RR1 {rr1} % ({low}–{high}) · RR2 {rr2} % · n = {n}'),
    'chart.all': ('Alle', 'All'),
    'chart.n_sample': ('utvalg: {n} kommuner', 'sample: {n} municipalities'),
    'chart.no_sample': (
        'Studien har ikke noe utvalg ennå: lag det i Feltarbeid.',
        'The study has no sample yet: make it in Fieldwork.'),
    'chart.no_interviews_yet': ('Ingen kommuner i utvalget er intervjuet ennå.',
                                'No municipality in the sample has been interviewed yet.'),
    'chart.progress_title': ('Fremdrift: kommuner intervjuet over tid', 'Progress: municipalities interviewed over time'),
    'chart.progress_axis': ('Andel av klassens utvalg intervjuet (%)', "Share of the class's sample interviewed (%)"),
    # the PDF report
    'report.title': ('Distriktskommuner og nasjonale ordninger', 'Rural municipalities and national schemes'),
    'report.report': ('Sammendrag fra Feltkart', 'Summary from Feltkart'),
    'report.study': ('Studie', 'Study'),
    'report.period': ('Periode', 'Period'),
    'report.municipalities': ('Kommuner intervjuet', 'Municipalities interviewed'),
    'report.interviews': ('Intervjuer', 'Interviews'),
    'report.filter': ('Utvalg', 'Selection'),
    'report.exported': ('Laget', 'Made'),
    'report.version': ('Feltkart-versjon', 'Feltkart version'),
    'report.registry': ('Kommuneregister', 'Municipality registry'),
    'report.source': ('Kilde', 'Source'),
    'report.rule': ('Regel', 'Rule'),
    'report.coverage': ('Dekning i feltarbeidet', 'Fieldwork coverage'),
    'report.table_for': ('Tallene bak: {title}', 'The numbers behind: {title}'),
    'report.barriers': ('Barrierer', 'Barriers'),
    'report.measures': ('Tiltak kommunene mener ville hjelpe', 'Measures the municipalities say would help'),
    'report.page': ('side {n}', 'page {n}'),
    'report.methods': ('Metode: utvalg og svarprosent', 'Method: sample and response rates'),
    'report.sample': ('Utvalg', 'Sample'),
    'report.response': ('Svarprosent', 'Response rates'),
    'report.rates_by': ('Svarprosent etter gruppe', 'Response rates by group'),
    'report.nonresponse': ('Frafall: utvalget og de som svarte', 'Non-response: the sample and those who responded'),
    'report.continued': ('(forts.)', '(cont.)'),
    'report.no_period': ('ingen datoer', 'no dates'),
    # the export: the variables of its tables (their labels in the codebook), codes, and the about sheet
    'var.intervju_id': ('Intervjuets id (UUID)', 'Interview id (UUID)'),
    'var.kommunenr': ('Kommunenummer', 'Municipality number'),
    'var.kommune': ('Kommune', 'Municipality'),
    'var.fylkenr': ('Fylkesnummer', 'County number'),
    'var.fylke': ('Fylke', 'County'),
    'var.sentralitet': ('Sentralitetsklasse (SSB, 1 = mest sentral)', 'Centrality class (SSB, 1 = most central)'),
    'var.distrikt': ('Distriktskommune (sentralitet {classes})', 'Rural municipality (centrality {classes})'),
    'var.dato': ('Intervjudato', 'Interview date'),
    'var.koordinator': ('Koordinator', 'Coordinator'),
    'var.status': ('Status', 'Status'),
    'var.guide': ('Intervjuguide og versjon', 'Interview guide and version'),
    'var.informanter_antall': ('Antall informanter', 'Number of informants'),
    'var.ordning': ('Ordningens kode', 'Scheme code'),
    'var.ordning_navn': ('Ordning', 'Scheme'),
    'var.informant_id': (
        'Pseudonym id for informanten (intervju-id og løpenummer)',
        'Pseudonymous informant id (interview id and sequence number)'),
    'var.rolle': ('Informantens rolle', "Informant's role"),
    'var.navn': ('Navn (personopplysning)', 'Name (personal data)'),
    'var.kontakt': ('Kontakt (personopplysning)', 'Contact (personal data)'),
    'var.folketall': ('Folketall', 'Population'),
    'var.folketall_aar': ('Folketall per 1.1. i året', 'Population as of 1 January of the year'),
    'var.intervjuet': ('Intervjuet i dette uttrekket', 'Interviewed in this export'),
    'var.tabell': ('Tabell (ark eller fil)', 'Table (sheet or file)'),
    'var.variabel': ('Variabel (kolonne)', 'Variable (column)'),
    'var.etikett_nb': ('Etikett på bokmål', 'Label in Norwegian'),
    'var.etikett_en': ('Etikett på engelsk', 'Label in English'),
    'var.type': ('Type', 'Type'),
    'var.koder_nb': ('Koder og etiketter (bokmål)', 'Codes and labels (Norwegian)'),
    'var.koder_en': ('Koder og etiketter (engelsk)', 'Codes and labels (English)'),
    'var.guideversjon': (
        'Intervjuguidens versjon(er) som stiller spørsmålet',
        'Interview guide version(s) asking the question'),
    'var.felt': ('Felt', 'Field'),
    'var.verdi': ('Verdi', 'Value'),
    'code.yes': ('ja', 'yes'),
    'code.no': ('nei', 'no'),
    'code.named': ('nevnt', 'named'),
    'code.not_named': ('ikke nevnt', 'not named'),
    'code.complete': ('Fullført', 'Complete'),
    'code.draft': ('Utkast', 'Draft'),
    'about.personal_yes': ('ja: informantenes navn og kontaktinformasjon', "yes: the informants' names and contacts"),
    'about.personal_no': (
        'nei: informanter bare med rolle og pseudonym id',
        'no: informants by role and pseudonymous id only'),
    'about.formula': (
        'Tekst som begynner med = + - @, tabulator eller linjeskift er lagret som tekst (i CSV med en apostrof foran), aldri som formel.',
        'Text beginning with = + - @, a tab or a line break is stored as text (in CSV with an apostrophe before it), never as a formula.'),
    'about.rural': ('sentralitetsklasse {classes}', 'centrality class {classes}'),
    'var.tildelt': ('Koordinatoren kommunen er tildelt', 'Coordinator the municipality is assigned to'),
    'var.feltstatus': ('Status i feltarbeidet (utledet)', 'Fieldwork status (derived)'),
    'var.disposisjon': ('Disposisjon (AAPOR)', 'Disposition (AAPOR)'),
    'var.forsok': ('Antall kontaktforsøk', 'Number of contact attempts'),
    'var.siste_kontakt': ('Siste kontaktforsøk (dato og klokkeslett)', 'Latest contact attempt (date and time)'),
    'var.siste_utfall': ('Utfall av siste kontaktforsøk', 'Outcome of the latest contact attempt'),
    'var.neste_steg': ('Neste steg', 'Next step'),
    'var.neste_frist': ('Frist for neste steg', 'Next step due'),
    'var.avtale': ('Avtale (neste, ellers siste)', 'Appointment (the next, else the latest)'),
    'var.fullforte': ('Fullførte intervjuer', 'Complete interviews'),
    'var.utkast': ('Intervjuer som utkast', 'Draft interviews'),
    'var.kontakt_id': ('Kontaktforsøkets id (UUID)', 'Contact attempt id (UUID)'),
    'var.tidspunkt': ('Dato og klokkeslett (lokal tid)', 'Date and time (local time)'),
    'var.kanal': ('Kanal', 'Channel'),
    'var.kontakt_rolle': ('Hvem i kommunen (rolle)', 'Whom in the municipality (role)'),
    'var.utfall': ('Utfall', 'Outcome'),
    'var.endelig': ('Endelig utfall', 'Final outcome'),
    'var.notat': ('Notat', 'Note'),
    'var.avtale_id': ('Avtalens id (UUID)', 'Appointment id (UUID)'),
    'var.minutter': ('Varighet (minutter)', 'Length (minutes)'),
    'var.sted': ('Sted eller videolenke', 'Place or video link'),
    'var.med': ('Hvem fra kommunen (personopplysning)', 'Who from the municipality (personal data)'),
    # the fieldwork: statuses (derived), AAPOR dispositions, outcomes and channels of contact attempts
    'status.not_contacted': ('Ikke kontaktet', 'Not contacted'),
    'status.contacted': ('Kontaktet', 'Contacted'),
    'status.appointment': ('Avtale', 'Appointment'),
    'status.interviewed': ('Intervjuet', 'Interviewed'),
    'status.partly_interviewed': ('Delvis intervjuet', 'Partly interviewed'),
    'status.refused': ('Takket nei', 'Refused'),
    'status.not_reached': ('Ikke nådd', 'Not reached'),
    'status.not_eligible': ('Ikke aktuell', 'Not eligible'),
    'disposition.I': ('I: fullført intervju', 'I: complete interview'),
    'disposition.P': ('P: delvis intervju', 'P: partial interview'),
    'disposition.R': ('R: nektet', 'R: refusal'),
    'disposition.NC': ('NC: ikke kontakt', 'NC: non-contact'),
    'disposition.O': ('O: annet', 'O: other'),
    'disposition.NE': ('NE: ikke aktuell', 'NE: not eligible'),
    'outcome.no_answer': ('Ikke svar', 'No answer'),
    'outcome.reached': ('Nådd', 'Reached'),
    'outcome.appointment': ('Avtale gjort', 'Appointment made'),
    'outcome.postponed': ('Utsatt', 'Postponed'),
    'outcome.refused': ('Takket nei', 'Refused'),
    'outcome.not_eligible': ('Ikke aktuell', 'Not eligible'),
    'outcome.other': ('Annet', 'Other'),
    'channel.epost': ('E-post', 'E-mail'),
    'channel.telefon': ('Telefon', 'Phone'),
    'channel.besok': ('Besøk', 'Visit'),
    'channel.annet': ('Annet', 'Other'),
    'sample.none': ('Studien har ikke noe utvalg ennå.', 'The study has no sample yet.'),
    'sample.census': ('Totalundersøkelse: alle kommunene i registeret.', 'Census: every municipality of the registry.'),
    'sample.stratified': (
        'Stratifisert trekk etter sentralitetsklasse{county} ({sizes}), trukket med frø {seed}.',
        'Stratified draw by centrality class{county} ({sizes}), drawn with seed {seed}.'),
    'sample.by_county': (' og fylke', ' and county'),
    'sample.imported': ('Importert liste ({source}).', 'Imported list ({source}).'),
    'sample.made': ('Laget {when} av {who}.', 'Made {when} by {who}.'),
    'sample.changed': (
        '{n} endring(er) senere (lagt til eller tatt ut), hver med begrunnelse.',
        '{n} later change(s) (added or dropped), each with its reason.'),
    'filter.county': ('fylke {county}', 'county {county}'),
    'filter.coordinator': ('koordinator {name}', 'coordinator {name}'),
    'filter.all': ('alle statuser', 'every status'),
    'filter.complete': ('fullførte', 'complete'),
    'filter.draft': ('utkast', 'drafts'),
}


def word(key: str, lang: str, **values) -> str:
    """The word ``key`` in ``lang`` ("en", else bokmål), with ``values`` filled in."""
    nb, en = WORDS[key]
    return (en if lang == "en" else nb).format(**values)


def words(key: str, **values) -> tuple[str, str]:
    """The word ``key`` in bokmål and English (labels that carry both, as the codebook's)."""
    return word(key, "nb", **values), word(key, "en", **values)


def group_label(group: str | int, classes: Iterable[int], lang: str, form: str = "table") -> str:
    """A group of municipalities: "rural", "central" or a centrality class 1-6; ``classes`` are the classes that
    count as rural. ``form``: "table" (Distrikt (5-6), Sentral, Klasse 3), "legend" (Distriktskommuner
    (sentralitet 5-6), Sentrale kommuner, Klasse 1 (mest sentral)) or "note" (distrikt, sentral, kl. 3)."""
    classes = sorted(classes)
    span = f"{classes[0]}-{classes[-1]}" if classes else ""
    if isinstance(group, int):
        if form == "legend" and group in (1, 6):
            return word(f"group.class_{group}_legend", lang)
        return word("group.class_note" if form == "note" else "group.class", lang, k=group)
    suffix = {"table": "", "legend": "_legend", "note": "_note"}[form]
    return word(f"group.{group}{suffix}", lang, classes=span)
