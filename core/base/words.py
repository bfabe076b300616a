"""The one catalogue of the words Feltkart's core writes itself, in bokmål and English: the charts, the tables
behind them, the PDF report, and the export's codebook and about sheet. (The window's own words are Qt
translations in ``resources/i18n``.) Each word is looked up by its key with ``word``; a group of
municipalities is named by ``group_label`` in every place."""

from __future__ import annotations

from collections.abc import Iterable

from core.base.words_nn import NYNORSK

WORDS: dict[str, tuple[str, str]] = {  # key: (bokmål, English)
    # how a municipality with several interviews is counted, stated under every chart and in the report
    'rule.any': (
        'Kommunen er enheten, og alle dens intervjuer i utvalget teller: kommunen kjenner til, har søkt på eller har deltatt i en ordning, eller nevner en barriere eller et tiltak, hvis minst ett av intervjuene sier det (har deltatt bare der det samme intervjuet sier at kommunen søkte). Utbytte av en ordning og viktigste barriere: svaret i det siste intervjuet som gir et slikt svar (etter intervjudato, så sist endret; et utkast uten dato regnes som det siste).',
        'The municipality is the unit, and all of its interviews in the selection count: it is aware of, applied to or took part in a scheme, or names a barrier or a measure, if at least one of its interviews says so (took part only where the same interview says it applied). Benefit of a scheme and the most important barrier: the answer of the latest interview that gives one (by interview date, then last change; a draft without a date counts as the latest).'),
    'rule.latest': (
        'Kommunen er enheten, og bare dens siste intervju i utvalget teller (etter intervjudato, så sist endret; et utkast uten dato regnes som det siste): kjennskap, søknad, deltakelse, barrierer, tiltak, utbytte og viktigste barriere er svarene i det intervjuet.',
        'The municipality is the unit, and only its latest interview in the selection counts (by interview date, then last change; a draft without a date counts as the latest): awareness, applications, participation, barriers, measures, benefit and the most important barrier are that interview\'s answers.'),
    'rule.uncertainty': (
        'Strekene og tallene i parentes: 95 % konfidensintervall (Wilson). Grupper med færre enn 10 kommuner er lyse, skraverte og merket «lav n»: andelen er for usikker til å leses som et funn.',
        'The lines and the numbers in brackets: 95 % confidence interval (Wilson). Groups with fewer than 10 municipalities are pale, hatched and marked “low n”: the share is too uncertain to read as a finding.'),
    'rule.difference': (
        '* Distrikt og sentral er forskjellige: Fishers eksakte test, p justert med Holms metode over diagrammets rader, under 0,05, og begge grupper har minst 10 kommuner.',
        '* Rural and central differ: Fisher\'s exact test, p adjusted by Holm\'s method over the chart\'s rows, below 0.05, and both groups have at least 10 municipalities.'),
    'rule.trend': (
        '† Andelen stiger eller faller over sentralitetsklassene 1–6: Cochran-Armitage-test, p justert med Holms metode over diagrammets ordninger, under 0,05.',
        '† The share rises or falls across centrality classes 1–6: Cochran-Armitage test, p adjusted by Holm\'s method over the chart\'s schemes, below 0.05.'),
    # how the response rates are worked out, stated under their chart, in the report and the window
    'rule.response': (
        'Svarprosent etter AAPOR for en totalundersøkelse av kjente enheter: RR1 = I/(I+P+R+NC+O), RR2 = (I+P)/(I+P+R+NC+O), COOP1 = I/(I+P+R+O), REF1 = R/(I+P+R+NC+O), CON1 = (I+P+R+O)/(I+P+R+NC+O). I fullført, P delvis, R nektet, NC ikke kontakt, O annet; ikke aktuelle (NE) er holdt utenfor. Kommunen er enheten. Streken: 95 % intervall (Wilson) for RR1; skravert: færre enn 10 kommuner.',
        'Response rates after AAPOR for a census of known units: RR1 = I/(I+P+R+NC+O), RR2 = (I+P)/(I+P+R+NC+O), COOP1 = I/(I+P+R+O), REF1 = R/(I+P+R+NC+O), CON1 = (I+P+R+O)/(I+P+R+NC+O). I complete, P partial, R refusal, NC non-contact, O other; not eligible (NE) left out. The municipality is the unit. The line: 95 % interval (Wilson) of RR1; hatched: fewer than 10 municipalities.'),
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
    'table.indicator': ('Indikator', 'Indicator'),
    'table.item': ('Ordning, barriere, tiltak', 'Scheme, barrier, measure'),
    'table.difference': ('Forskjell (pp)', 'Difference (pp)'),
    'table.ci': ('95 % KI', '95 % CI'),
    'table.to': ('{low} til {high}', '{low} to {high}'),
    'table.p': ('p (Fisher)', 'p (Fisher)'),
    'table.p_holm': ('p (Holm)', 'p (Holm)'),
    'table.p_trend': ('p (trend)', 'p (trend)'),
    'table.marked': ('Merket', 'Marked'),
    'table.direction': ('Mot klasse 6', 'Towards class 6'),
    'table.rises': ('stiger', 'rises'),
    'table.falls': ('faller', 'falls'),
    'table.class_short': ('Kl. {k}', 'Cl. {k}'),
    'table.differences': ('Distrikt mot sentral', 'Rural against central'),
    'table.trends': ('Trend over sentralitetsklassene', 'Trend across the centrality classes'),
    'table.interviews_per': ('Intervjuer per intervjuet kommune', 'Interviews per interviewed municipality'),
    'table.of_applied': ('Deltatt av søkt', 'Took part of applied'),
    'table.of_aware': ('Søkt av kjenner til', 'Applied of aware'),
    'table.share_aware_of': ('Kjenner til av intervjuede', 'Aware of interviewed'),
    'table.no_data': ('ingen data', 'no data'),
    # what each comparison measures: the share and its denominator
    'measure.aware': ('Kjenner til (av intervjuede)', 'Aware (of those interviewed)'),
    'measure.applied_of_aware': ('Har søkt (av dem som kjenner til)', 'Applied (of those aware)'),
    'measure.took_part_of_applied': ('Har deltatt (av dem som søkte)', 'Took part (of those that applied)'),
    'measure.took_part': ('Har deltatt (av intervjuede)', 'Took part (of those interviewed)'),
    'measure.high_benefit': ('Utbytte 4–5 (av dem som ga score)', 'Benefit 4–5 (of those that scored)'),
    'measure.barrier': ('Nevner barrieren (av intervjuede)', 'Names the barrier (of those interviewed)'),
    'measure.main_barrier': ('Viktigste barriere (av dem som har en)', 'Most important barrier (of those naming one)'),
    'measure.measure': ('Nevner tiltaket (av intervjuede)', 'Names the measure (of those interviewed)'),
    # the charts
    'chart.took_part_title': ('Deltakelse i nasjonale ordninger', 'Participation in national schemes'),
    'chart.share_took_part': ('Andel kommuner som har deltatt', 'Share of municipalities that took part'),
    'chart.funnel_title': ('Fra kjennskap til deltakelse', 'From awareness to participation'),
    'chart.aware': ('Kjenner til', 'Aware'),
    'chart.applied': ('Har søkt', 'Applied'),
    'chart.took_part': ('Har deltatt', 'Took part'),
    'chart.of_interviewed': ('Kjenner til\n(av de intervjuede kommunene)', 'Aware\n(of the municipalities interviewed)'),
    'chart.of_aware': ('Har søkt\n(av dem som kjenner ordningen)', 'Applied\n(of those aware of the scheme)'),
    'chart.of_applied': ('Har deltatt\n(av dem som søkte)', 'Took part\n(of those that applied)'),
    'chart.share_municipalities': ('Andel kommuner (%)', 'Share of municipalities (%)'),
    'chart.no_data': ('ingen data', 'no data'),
    'chart.in_registry': ('Kommuner i registeret', 'Municipalities in the registry'),
    'chart.per_municipality': ('Intervjuer per kommune', 'Interviews per municipality'),
    'chart.group': ('Gruppe', 'Group'),
    'chart.other_counties': ('Andre fylker', 'Other counties'),
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
    # themes and quotes (core.analysis.themes, render.theme_chart, the report's quotes, the export's sitater)
    'themes.chart_title': ('Temaer kommunene tok opp', 'Themes the municipalities raised'),
    'themes.share_raising': ('Andel kommuner som tok opp temaet', 'Share of municipalities raising the theme'),
    'themes.rule': (
        'Kommunen er enheten: den har tatt opp et tema hvis et merket utdrag i minst ett av dens intervjuer i utvalget har temaet eller et undertema. n: kommuner med intervjuer i gruppen.',
        'The municipality is the unit: it raised a theme if a marked passage in at least one of its interviews in the selection carries the theme or a sub-theme. n: municipalities with interviews in the group.'),
    'themes.report_title': ('Sitater etter tema', 'Quotes by theme'),
    'themes.report_intro': (
        'Bare utdrag merket som siterbare, fra intervjuer der samtykke er gitt. Ingen informant er nevnt ved navn.',
        'Only passages marked citable, from interviews where consent was given. No informant is named.'),
    'themes.none': ('Ingen siterbare utdrag.', 'No citable passages.'),
    'themes.more': ('… og {n} siterbare utdrag til (fra {m} kommuner i alt): de står i eksportens ark «sitater» og i '
                    'REFI-QDA-prosjektet (.qdpx).',
                    '… and {n} more citable passages (from {m} municipalities in all): they are in the export\'s '
                    '«sitater» sheet and in the REFI-QDA project (.qdpx).'),
    'themes.held_back': ('{n} utdrag er ikke sitert: teksten er endret der de sto, og de må gjennomgås i Sitater.',
                         '{n} passages are not quoted: their text was edited where they stood, and they need review in '
                         'Sitater.'),
    'sitater.passage': ('Utdrag (tomt når det må ses på)', 'Passage (empty when it needs review)'),
    'sitater.themes': ('Temaer', 'Themes'),
    'sitater.status': ('Status (ok, må ses på)', 'Status (ok, needs review)'),
    'sitater.citable': ('Kan siteres (1 ja, 0 nei)', 'Citable (1 yes, 0 no)'),
    'sitater.question': ('Spørsmål', 'Question'),
    'sitater.scheme': ('Ordning', 'Scheme'),
    'sitater.roles': ('Informantenes roller (kodene i informanter: rolle, skilt med komma)',
                      'Informants\' roles (the codes of informanter: rolle, separated by commas)'),
    'sitater.sheet': ('Utdrag merket med tema: ett per rad', 'Passages marked with a theme: one per row'),
    'sitater.passage_id': ('Utdragets id (UUID; det samme i .qdpx-eksporten)', 'Passage id (UUID; the same in the .qdpx export)'),
    'sitater.ok': ('ok', 'ok'),
    'sitater.review': ('må ses på: teksten er endret der utdraget sto', 'needs review: the text was edited where the passage stood'),
    'sitater.about': (
        '{n} utdrag merket med tema, ett per rad, fra intervjuene i dette uttrekket. Informantene står bare med roller, aldri med navn. Temaer skilles med semikolon; et undertema står som «tema / undertema».',
        '{n} passages marked with a theme, one per row, from the interviews in this export. Informants by their roles only, never by name. Themes are separated by semicolons; a sub-theme is written «theme / sub-theme».'),
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
    'report.comparisons': ('Distrikt mot sentral, og trend over klassene', 'Rural against central, and the trend across the classes'),
    'report.how_compared': ('Slik er det regnet', 'How it is worked out'),
    'report.comparison_method': (
        'For hver ordning, barriere og hvert tiltak: andelen i distriktskommunene minus andelen i de sentrale kommunene, i prosentpoeng, med 95 % konfidensintervall etter Newcombes hybride score-metode, og tosidig p-verdi fra Fishers eksakte test. p-verdiene til én indikator (én rad i tabellen per ordning, barriere eller tiltak) er justert for flere tester med Holms metode. En forskjell regnes som funnet (*) når justert p er under 0,05 og begge grupper har minst 10 kommuner. Trend: Cochran-Armitage-test for en lineær trend i andelen over sentralitetsklassene 1–6 (skårer 1–6), p justert med Holms metode over ordningene; † når justert p er under 0,05. Hver indikator har sin egen nevner: søkt av dem som kjenner til ordningen, deltatt av dem som søkte.',
        'For every scheme, barrier and measure: the share among rural municipalities minus the share among central ones, in percentage points, with its 95 % confidence interval by Newcombe\'s hybrid score method, and the two-sided p-value of Fisher\'s exact test. The p-values of one indicator (one row per scheme, barrier or measure) are adjusted for multiple testing by Holm\'s method. A difference counts as found (*) where the adjusted p is below 0.05 and both groups have at least 10 municipalities. Trend: the Cochran-Armitage test for a linear trend in the share across centrality classes 1–6 (scores 1–6), p adjusted by Holm\'s method over the schemes; † where the adjusted p is below 0.05. Each indicator has its own denominator: applied among those aware of the scheme, took part among those that applied.'),
    'report.marked_differences': ('Forskjeller som holder (*)', 'Differences that hold (*)'),
    'report.marked_trends': ('Trender som holder (†)', 'Trends that hold (†)'),
    'report.none_marked': ('ingen', 'none'),
    'stats.files': (
        'Filene: én CSV per tabell bak diagrammene (andeler som brøk 0–1 med ci_lav og ci_hoy: 95 % Wilson-intervall), conditional.csv (søkt av dem som kjenner til, deltatt av dem som søkte), forskjell.csv (distrikt minus sentral i prosentpoeng med Newcombe-intervall, Fishers p og Holm-justert p per indikator; marked = 1 der forskjellen holder), trend.csv (Cochran-Armitage over klasse 1–6; z > 0: andelen stiger mot klasse 6), og hvert diagram som PNG og SVG med reglene under.',
        'The files: a CSV per table behind the charts (shares as fractions 0–1 with ci_lav and ci_hoy: the 95 % Wilson interval), conditional.csv (applied of those aware, took part of those that applied), forskjell.csv (rural minus central in percentage points with Newcombe\'s interval, Fisher\'s p and Holm\'s adjusted p per indicator; marked = 1 where the difference holds), trend.csv (Cochran-Armitage across classes 1–6; z > 0: the share rises towards class 6), and every chart as PNG and SVG with its rules under it.'),
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
    'var.sist_endret': (
        'Sist endret (UTC, ISO 8601 med mikrosekunder, som lagret)',
        'Last changed (UTC, ISO 8601 with microseconds, as stored)'),
    'var.vilkaar_nb': ('Når spørsmålet stilles (bokmål)', 'When the question is asked (Norwegian)'),
    'var.vilkaar_en': ('Når spørsmålet stilles (engelsk)', 'When the question is asked (English)'),
    # when a question is asked (the codebook): its guide's condition in words and as the export's columns
    'condition.always': ('Alltid', 'Always'),
    'condition.when': ('Bare når {clauses}', 'Only when {clauses}'),
    'condition.and': (' og ', ' and '),
    'condition.equals': ('«{question}» er «{value}» ({column} = {code})', '«{question}» is «{value}» ({column} = {code})'),
    'condition.includes': (
        '«{question}» omfatter «{value}» ({column} = 1)',
        '«{question}» includes «{value}» ({column} = 1)'),
    'condition.includes_text': (
        '«{question}» omfatter «{value}» ({column} omfatter {code})',
        '«{question}» includes «{value}» ({column} includes {code})'),
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
    'about.erased_no': ('nei', 'no'),
    'about.erased_study': (
        'ja: navn og kontaktinformasjon til alle informanter og kontaktpersoner i studien, {when} ({who})',
        'yes: the names and contacts of every informant and contact person of the study, {when} ({who})'),
    'about.erased_one': ('ja: navn og kontaktinformasjon til informant {informant}, {when} ({who})',
                         'yes: the name and contact of informant {informant}, {when} ({who})'),
    'about.formula': (
        'Tekst som begynner med = + - @, tabulator eller linjeskift er lagret som tekst (i CSV med en apostrof foran), aldri som formel.',
        'Text beginning with = + - @, a tab or a line break is stored as text (in CSV with an apostrophe before it), never as a formula.'),
    'about.rural': ('sentralitetsklasse {classes}', 'centrality class {classes}'),
    'about.cut': (
        '{n} tekster er lengre enn de {limit} tegnene Excel har plass til i en celle: i denne arbeidsboka er de kuttet og slutter med « […]». CSV-filene og .qdpx-prosjektet har dem hele.',
        '{n} texts are longer than the {limit} characters Excel holds in a cell: in this workbook they are cut and end in « […]». The CSV files and the .qdpx project hold them whole.'),
    'about.hidden': (
        'Svar som intervjuguiden skjuler etter sine vilkår (som et utbytte som står igjen etter at «deltatt» er endret til «nei»), er tomme, slik statistikken heller ikke teller dem; når hvert spørsmål stilles, står i kodeboka (vilkaar_nb). {n} slike svar er tomme i dette uttrekket.',
        'Answers the interview guide hides by its conditions (such as a benefit left behind after «took part» was changed to «no») are empty, as the statistics do not count them either; when each question is asked is in the codebook (vilkaar_en). {n} such answers are empty in this export.'),
    'about.changed': (
        'sist_endret er intervjuets siste endring i UTC (ISO 8601 med mikrosekunder, som lagret; sortert som tekst står de i tidsrekkefølge). Statistikken tar utbytte og viktigste barriere fra kommunens siste intervju: etter dato (et utkast uten dato teller som sist), så sist_endret, så intervju_id (den største).',
        'sist_endret is the interview\'s last change in UTC (ISO 8601 with microseconds, as stored; sorted as text they are in time order). The statistics take benefit and the most important barrier from the municipality\'s latest interview: by date (a draft without a date counts as the latest), then sist_endret, then intervju_id (the largest).'),
    'about.syntax': (
        'feltkart.sps (SPSS, PSPP) og feltkart.do (Stata 16 eller nyere) leser tabellene med variabel- og verdietiketter og lagrer hver som .sav og .dta; kjør dem i mappen med filene. SPSS leser spss_<tabell>.dat: de samme radene, med hvert linjeskift i en tekst skrevet som ¶ (SPSS kan ikke lese linjeskift i et felt) og tekster lengre enn 32 767 byte avkortet. Koder som er tekst (ja, nei, …) er i SPSS tekst med verdietiketter, i Stata heltall 1, 2, … i kodebokas rekkefølge med etiketter (koden står i do-filen). En tekstkode på en tallskala («vet ikke» på 1–5) er i SPSS −1 (brukerdefinert manglende verdi), i Stata .a; begge med etikett. Datoer er datoer; sist_endret og andre tidspunkt er tekst.',
        'feltkart.sps (SPSS, PSPP) and feltkart.do (Stata 16 or newer) read the tables with variable and value labels and save each as .sav and .dta; run them in the folder with the files. SPSS reads spss_<table>.dat: the same rows, with each line break in a text written as ¶ (SPSS cannot read a line break inside a field) and texts longer than 32,767 bytes cut. Codes that are text (ja, nei, …) are text with value labels in SPSS, whole numbers 1, 2, … in the codebook\'s order with labels in Stata (the do-file lists them). A text code on a number scale («vet ikke» on 1–5) is −1 in SPSS (a user-missing value), .a in Stata; both labelled. Dates are dates; sist_endret and other times are text.'),
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


def counting_rule(rule: str, lang: str) -> str:
    """How the numbers are counted under a counting rule (``stats.RULES``), with their uncertainty."""
    return f"{word(f'rule.{rule}', lang)} {word('rule.uncertainty', lang)}"


def word(key: str, lang: str, **values) -> str:
    """The word ``key`` in ``lang`` ("en", "nn" (Nynorsk, ``words_nn``; bokmål where it lacks the key), else
    bokmål), with ``values`` filled in."""
    nb, en = WORDS[key]
    text = en if lang == "en" else NYNORSK.get(key, nb) if lang == "nn" else nb
    return text.format(**values)


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
