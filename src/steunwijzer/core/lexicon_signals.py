# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Risk-to-life signals said without a risk word (see docs/vocabulary.md, "Signals").

Students often do not name suicide or self-harm; they describe a place, a preparation, a
wound they hide or a threat they live with. Each block is one such signal, written from
its meaning in both languages and several forms, anchored on the rare word so that the
everyday sense of the same words stays out (the figures of speech at the end are the
harmless readings that came up while writing them). Merged into lexicon.FLOOR and
lexicon.FIGURES.
"""

from __future__ import annotations

_HEIGHT_NL = "brug|*brug|spoor|rails|perron|overweg|viaduct|dak|*dak|balkon|raam|richel|rand|flat|*flat|kade|gracht|kanaal|rivier|water|trein|intercity|sprinter|metro"
_HEIGHT_EN = "bridge|tracks|track|platform|crossing|overpass|roof|rooftop|balcony|window|ledge|edge|canal|river|water|train|intercity|subway|metro"
_VEHICLE = (
    "trein|intercity|sprinter|metro|tram|bus|vrachtwagen|auto|train|subway|tube|truck|lorry|car"
)
_PILLS_NL = "pillen|slaappillen|tabletten|medicijnen|paracetamol|oxazepam|temazepam|antidepressiva|medicatie|strips|strippen"
_PILLS_EN = (
    "pills|sleeping_pills|tablets|meds|medication|paracetamol|painkillers|antidepressants|benzos"
)
_WOUND_NL = "wonden|wondjes|wond|snijwonden|sneetjes|sneden|krassen|kattenkrassen|littekens|brandplekken|brandwonden|plekken|blauwe_plekken|hechtingen|afdrukken|striemen"
_WOUND_EN = "cuts|cut|scars|scar|marks|burns|burn|bruises|wounds|wound|stitches|scratches"
_EXCUSE_NL = "kat|poes|hond|oven|keuken|koken|ongeluk|ongelukje|struik|braam|bramen|sport|gevallen|val|strijkijzer|werk"
_EXCUSE_EN = "cat|dog|oven|kitchen|cooking|accident|bush|gym|sports|fell|fall|iron|work|shaving"
_BODY_NL = "armen|arm|polsen|pols|benen|been|bovenbenen|dijen|buik|handen|hand|huid|littekens"
_BODY_EN = "arms|arm|wrists|wrist|legs|thighs|stomach|hands|skin|scars"

SUICIDAL_NL = (
    # a height, a track or the water that "draws", or thinking about jumping
    _HEIGHT_NL
    + " ..6 lonkt|lokt|trekt|roept|aantrekkelijk|aantrekkelijker|verleidelijk|verleidelijker|uitnodigend",
    "aan|over ..2 springen|afspringen|eraf_springen|ervoor_springen|voor_de_trein ..3 gedacht|denken|denk|dacht|nagedacht",
    "denk|dacht|gedacht ..4 aan|over ..2 springen|afspringen|eraf_springen|ervoor_springen|voor_de_trein $",
    "hoe ..2 snel|makkelijk|pijnloos|kort ..4 voorbij|over|afgelopen|klaar ..3 zou|zal|is",
    "voor ..2 de|een ..2 "
    + _VEHICLE
    + " ..3 springen|spring|sprong|stappen|stap|gooien|gooi|lopen|loop|fietsen|fiets",
    "raam ..6 verdieping ..9 sta|stond|gestaan|zit|zat|kijk|keek|half_uur|uur",
    "sta|stond|zit|zat ..6 raam|rand|reling|richel ..6 verdieping|hoog|naar_beneden",
    "gracht|kanaal|rivier|water|zee ..3 in ..2 lopen|loop|liep|gelopen ..9 niet|nooit ..3 terug|boven|eruit",
    # means asked for without a doctor noticing
    "!genoeg|zoveel ..3 " + _PILLS_NL + " & hoe|zonder|huisarts|apotheek|vragen|opsparen|kom",
    "aan ..3 " + _PILLS_NL + " ..4 komen|kom ..6 zonder ..4 huisarts|dokter|arts|apotheek|vragen",
    # arrangements for "after": a will, passwords, a funeral, things no longer needed
    "testament ..9 wachtwoorden|brief|brieven|afscheid|spullen|na_mijn_dood|daarna",
    "wachtwoorden ..8 voor ..3 mijn|mn ..2 zus|broer|ouders|moeder|vader|vriend|vriendin|familie & geregeld|opgeschreven|gegeven|klaargelegd|daarna|straks|nodig",
    "niet ..3 meer ..2 nodig ..3 straks|daarna|hierna|waar_ik_heen_ga",
    "playlist|afspeellijst|liedjes|muziek|nummers ..6 mijn ..2 uitvaart|begrafenis|crematie",
    "mijn ..2 uitvaart|begrafenis|crematie ..6 geregeld|gepland|verteld|uitgezocht|wensen|opgeschreven",
    "!laatste ..2 bericht|berichtje|appje ..6 ooit|aan_iemand|bedankt|sorry|vaarwel|liefs|houd_van",
    "bedankt ..2 voor ..2 alles ..2 en ..2 sorry",
    # a wish for a fatal illness or accident, or to be under the ground
    "hoop|wens|zou_willen ..6 dodelijke|ongeneeslijke|terminale|fatale ..2 ziekte|ongeluk|ongeval|kanker",
    "kanker|ziekte|ziek ..9 niet ..3 behandelen|laten_behandelen|behandeld ..9 vanaf|voorbij|dood|klaar|afgelopen",
    "liever|wil|wens ..4 onder ..2 de ..2 groene ..2 zoden",
    # burden and relief, dead inside made official, done with breathing
    "blok ..2 aan ..2 het ..2 been ..4 voor|van ..3 iedereen|ouders|familie|vrienden|jullie",
    "opgelucht|blij|beter_af ..6 als|wanneer|zodra ..3 ik ..3 weg|dood|er_niet|verdwenen",
    "dood ..2 van ..2 binnen ..8 officieel|echt_maken|afmaken",
    "klaar|moe|zat|beu ..4 met|van ..2 ademhalen|adem_halen|existen|bestaan|leven|levend_zijn",
    "niet ..2 meer ..2 existen|exist|existeren",
    "verspil|verspilt|verspillen ..3 zuurstof|lucht|ruimte",
    "levensverzekering ..9 helpen|helpt|meer|beter|waard|uitkeren|uitbetaling|ouders|familie",
    # out "for good", no reason to keep living, giving up on life itself
    "tussenuit|weg|eruit|verdwijnen ..9 bedoel ..3 voorgoed|definitief|voor_altijd|permanent",
    "laat ..2 staan ..3 om ..3 te? ..2 blijven ..2 leven|leven",
    "geen ..2 reden ..6 blijven ..2 leven|in_leven",
    "niet ..2 alleen ..6 studie|opleiding ..4 maar ..3 ook? ..3 leven",
    "geen ..2 zin ..3 meer? ..3 om ..2 door ..2 te ..2 gaan $",
    # fewer words, the same wish: join the dead, the same thoughts as a friend
    "achterna ..2 gaan|wil|wou|zou ..6 overleden|overleed|dood|gestorven|hemel",
    "overleden|overleed|gestorven|dood ..9 achterna|bij_hem_zijn|bij_haar_zijn|bij_hen_zijn",
    "zelf ..4 ook? ..4 zulke|dezelfde|die|zo'n|zulk ..2 gedachten|gedachtes $",
    "bang|doodsbang ..4 dat ..2 ik ..4 eraan|erop ..2 toegeef|toe_geef|ga_doen|doe",
    "drang ..4 om ..2 er ..2 een ..2 eind|einde ..2 aan",
    # no use being here; gone and never back; pills kept for "just in case"; cannot promise
    "nut|zin ..6 niet|geen ..4 meer? ..4 hier_te_zijn|te_leven|te_bestaan|leven|bestaan",
    "verdwijnen|verdwijn|weg ..4 nooit|niet ..2 meer ..2 terugkomen|terug_komen|terugkom",
    _PILLS_NL
    + " ..6 bewaard|verzameld|gespaard|opgespaard|verstopt|opgepot ..9 voor_het_geval|voor_als|ooit_nodig",
    "leven ..2 is ..2 klaar|voorbij|op $",
    "kan ..3 niet ..2 beloven ..4 nog ..4 er|hier ..3 ben|zijn|leef",
    "mag ..2 het|alles ..2 stoppen|ophouden|ophouwen ..2 aub|alsjeblieft|alstublieft|pls|please|nu $",
    "mag ..2 het|alles ..2 stoppen|ophouden|ophouwen $",
    "makkelijk|makkelijker|simpel|fijn ..4 om ..3 er|hier ..3 gewoon? ..2 niet ..2 meer? ..2 te ..2 zijn",
    "voel ..4 al ..2 dood|weg|verdwenen $",
    "als ..2 een ..2 geest|spook ..6 al ..2 weg|dood",
    _PILLS_NL + " ..3 geteld|geteld_en|tellen|teld ..8 genoeg|zat|voldoende",
    "afscheid|gedag|geknuffeld|geknuffeld|omhelsd|geaaid ..9 alsof ..3 de ..2 laatste ..2 keer",
    "beter ..3 af ..4 zonder ..4 mislukte|waardeloze|nutteloze|zo_een ..2 dochter|zoon|kind|student|vriend|vriendin",
    # a plan with "when"; the one thing holding me back; means at hand "for when it gets bad"
    "plan ..9 weet ..3 niet ..2 wanneer|hoe|waar",
    "plan ..9 doen ..3 vanavond|vannacht|morgen|weekend|binnenkort|snel|straks",
    "enige ..4 wat|dat|die ..3 me|mij ..3 nog? ..2 tegenhoudt|tegen_houdt|weerhoudt|hier_houdt",
    "om ..2 in ..2 te ..2 nemen ..4 als|wanneer ..4 niet ..2 meer ..2 gaat|kan",
    "de|alle ..2 pillen|medicijnen|tabletten ..6 liggen|klaar|naast_me|voor_me ..4 nu|vanavond|vannacht",
    # from a height, into the water, at the track: looking too long, asking if it hurts
    "te ..2 lang ..3 naar ..3 trein|rails|spoor|diepte|beneden|water|rand",
    "lang ..3 naar ..2 beneden ..2 gekeken|gestaard|keek|kijken|staren",
    "bij|naast|langs ..3 spoor|rails|perronrand|overweg ..3 gestaan|gezeten|gestaan_en",
    "makkelijk ..4 zou ..3 zijn ..4 erin|in_te_gaan|te_springen|te_lopen|los_te_laten",
    "pijn ..2 doen ..4 springt|springen|verdrinken|ophangen|overdosis|van_hoog",
    "van ..2 hoog ..2 springt|springen|spring & pijn|dood|overleef|overleeft|snel",
    # a will at twenty; gone and they manage; not in this world; at peace with not being here
    "mijn|mn ..2 testament ..3 getypt|geschreven|opgesteld|gemaakt|klaar",
    "redt|redden|red ..2 het ..2 wel ..3 zonder ..2 mij|me",
    "zonder ..2 mij|me ..4 beter|makkelijker|rustiger ..2 af?",
    "niet ..3 op|in ..2 deze|dit|de ..2 wereld|leven $",
    "hoor|thuis ..4 niet ..3 op|in ..2 deze ..2 wereld",
    "vrede ..4 met ..4 niet ..2 meer? ..2 hier|er|leven ..2 zijn?",
    "wat ..2 maakt ..2 het|dat ..2 nog ..2 uit ..3 of ..2 ik ..2 er ..2 ben|leef|besta",
    "ik ..2 ben|zal ..2 er|hier ..3 binnenkort|straks|snel|toch|morgen ..3 niet|nooit ..2 meer $",
    "straks|toch|binnenkort ..4 niet ..2 meer ..2 nodig $",
    "afscheid ..4 genomen ..9 weet|weten ..2 zij|hij|ze|het ..3 nog ..2 niet",
    "afscheid ..4 in ..2 mijn ..2 hoofd",
    "gedachte ..3 aan ..2 niet ..2 meer? ..2 bestaan|er_zijn|wakker_worden ..6 rust|kalmeert|troost|fijn",
    "dieper ..6 ophoudt|stopt|voorbij|dood|einde|klaar",
    "wat ..2 er ..2 zou ..2 gebeuren ..3 als ..3 ik ..4 niet ..2 stop|stopte|zou_stoppen|wakker|meer_wakker",
)

SUICIDAL_EN = (
    _HEIGHT_EN
    + " ..6 appealing|tempting|inviting|calling|calls_to_me|pulls_me|draws_me|looks_better|looks_good",
    "thought|thinking|think|thinks ..3 about ..2 jumping|jump|stepping|leaping|falling",
    "how ..2 quick|quickly|fast|easy|painless|short ..4 it ..2 would|could|will ..2 be ..2 over|done|finished",
    "in ..2 front ..2 of ..2 the|a|an ..2 "
    + _VEHICLE
    + " & step|stepping|stepped|jump|jumping|jumped|walk|walking|throw|throwing|lie|lying",
    "standing|stood|been_standing|sitting|sat ..6 window|ledge|edge|railing ..6 floor|storey|story|high|drop",
    "window ..6 floor|storey ..8 hour|hours|minutes|ages|for_a_while",
    "walk|walked|walking|wade|wading ..2 into ..2 the|a? ..2 canal|river|sea|lake|water|ocean ..9 not|never|didn't|dont|don't ..3 come_out|come_back|return|resurface|coming_out",
    "!enough ..3 "
    + _PILLS_EN
    + " & how|without|doctor|gp|pharmacy|questions|stockpile|save_up|get",
    "get ..4 " + _PILLS_EN + " ..6 without ..4 doctor|gp|pharmacist|pharmacy|questions|noticing",
    # arrangements for "after"
    "my ..2 will ..9 passwords|letter|letters|goodbye|belongings|after",
    "set_up|sorted|arranged|ready|organised|organized ..4 for ..2 after|afterwards|when_i'm_gone|when_im_gone",
    "passwords ..6 for ..3 my ..2 sister|brother|parents|mum|mom|dad|family|friend|partner & sorted|wrote|written|gave|left|after|need",
    "won't|wont|will_not ..2 need ..4 it|them|any|anything ..6 after|afterwards|anymore|where_i'm_going",
    "playlist|songs|music ..6 for ..2 my ..2 funeral|cremation|memorial",
    "my ..2 funeral|cremation|memorial ..6 planned|arranged|told|sorted|wishes|organised|organized",
    "!last ..2 message|text|post ..6 ever|to_anyone|thank|thanks|sorry|goodbye|love_you",
    "thank ..2 you ..2 for ..2 everything ..2 and ..2 sorry",
    "thanks ..2 for ..2 everything ..2 and ..2 sorry",
    # wishing for a fatal illness; six feet under
    "hope|wish|pray ..6 fatal|deadly|terminal|incurable ..2 illness|disease|accident|cancer",
    "cancer|illness|disease ..9 not|never|wouldn't|won't ..3 treat|treated|get_treated|treatment ..8 over|out|done|dead",
    "rather|want|wish ..4 six ..2 feet ..2 under",
    # dead inside made official; done with breathing; a burden, wasting air; insurance
    "dead ..2 inside ..8 official|make_it_real|finish_the_job|finish_it",
    "done|tired|sick ..3 with|of ..2 breathing|existing|living|being_alive",
    "stop|quit ..2 being ..2 alive",
    "not|no_longer ..2 want ..2 to ..2 be ..2 alive",
    "wasting|waste ..3 oxygen|air",
    "life ..2 insurance ..9 help|more|better|worth|pay|payout|parents|family",
    "living ..2 on ..2 borrowed ..2 time ..8 give_it_back|ready|done|end",
    # out for good; no reason to keep living; give up on life
    "get_away|disappear|leave|out ..9 mean ..3 forever|for_good|permanently",
    "let ..2 alone ..4 keep ..2 living|going|breathing",
    "let ..2 alone ..3 live|living|stay_alive",
    "no ..2 reason ..6 keep|stay ..2 living|alive",
    "no ..2 point ..2 in? ..2 going_on|carrying_on|keeping_going|living|being_here $",
    "give|giving|gave|given ..2 up ..2 on ..3 life|living|myself|everything",
    # join the dead; the same thoughts as a friend; the urge to end it, and acting on it
    "go|just ..2 join|follow ..2 him|her|them|dad|mum|mom|grandma|grandpa|brother|sister ..8 passed|died|dead|heaven|gone",
    "passed|died|death|gone ..9 go ..2 join|follow ..2 him|her|them",
    "the_same|those|similar|such ..2 thoughts ..2 myself|too|as_well $",
    "!urge|urges ..3 to ..2 end ..2 it|everything|my_life",
    "!scared|afraid|terrified ..3 i'll|i ..3 act ..2 on ..2 it|them",
    "scared|afraid|terrified ..3 i'll|i ..3 actually|really ..2 do ..2 it $",
    "won't|wont|will_not ..2 be ..2 around ..4 anyway|after|much_longer|for_long|next",
    "disappear|vanish ..4 never ..2 come_back|return|be_found",
    "saving|saved|hoarding|hoarded|kept|keeping|stockpiling ..3 "
    + _PILLS_EN
    + " ..6 just_in_case|in_case|for_when|for_the_day",
    "bottle|box|pack|packet|stash|pile ..2 of ..2 "
    + _PILLS_EN
    + " ..9 looking|staring|thinking|think",
    "not|cannot|cant ..2 promise ..4 still ..2 be ..2 here|around|alive",
    "easy|easier|simple|simpler|better ..4 to ..2 just? ..2 not ..2 be ..2 here|around|alive",
    "like ..3 already ..2 gone|dead $",
    "feel ..3 already ..2 dead|gone",
    "counted|count|counting ..3 my? ..2 " + _PILLS_EN + " ..8 enough",
    "goodbye|hugged|hug|kissed|looked ..9 like|as_if|as_though ..3 the ..2 last ..2 time",
    "better ..2 off ..4 without ..4 a|such_a ..3 failure|disappointment|useless|worthless",
    "not ..2 see ..2 it ..2 anymore|any_more|sitting $",
    "plan ..9 do ..2 it ..3 tonight|tomorrow|weekend|soon|friday|saturday|sunday|next_week",
    "only ..2 thing|reason|one|person ..3 stopping|holding ..2 me",
    "only ..2 thing ..3 keeps ..2 me ..2 from ..2 doing",
    "to ..2 take ..4 when|if ..4 gets ..2 too_much|too_bad|bad|unbearable",
    "the ..2 pills|tablets|meds ..6 desk|bed|table|hand|next_to_me|in_front_of_me ..4 right_now|now|tonight|ready",
    "too ..2 long ..3 at ..3 train|trains|tracks|edge|water|drop",
    "roof|rooftop|bridge|ledge|tracks|platform|balcony & thought_about_it|thinking_about_it|thought_about_jumping",
    "would ..2 it ..2 hurt ..4 jump|jumping|drown|drowning|hang|hanging|overdose",
    "my ..2 will ..3 typed|written|wrote|drawn_up|ready",
    "wrote|typed|written|made ..2 my ..2 will $",
    "they'll|they|she'll|he'll|would|will ..3 manage|cope|be_fine|be_okay|be_ok ..2 without ..2 me",
    "without ..2 me ..4 better|easier",
    "not ..2 want ..2 to ..2 be ..3 on|in ..2 this ..2 world",
    "belong ..4 in|on ..2 this ..2 world",
    "no ..2 zin|will ..3 anymore? ..3 in|to ..2 living|live|life",
    "ready ..2 to ..2 leave|go ..4 it? ..2 for_good|permanently|forever",
    "made ..2 peace ..3 with ..3 not ..2 being ..2 here|around|alive",
    "not ..2 in ..2 a|the ..2 dropping|drop_out|dropout|dropping_out|study ..3 way|sense",
    "matter|care ..4 if|when ..3 i ..2 died|was_gone|were_gone|disappeared|was_dead",
    "end|ending ..2 things|it_all|everything ..4 after|before|when|tonight|soon & plan|planning|going|decided|want",
    "if ..3 i ..2 was|were ..2 gone|dead ..9 get_over|move_on|be_fine|be_okay|manage",
    "goodbye ..4 in ..2 my ..2 head",
    "won't|wont|will_not ..2 be ..2 needing ..2 them|it|any|those",
    "thought|idea ..3 of ..2 not ..2 existing|being_here|being_alive|waking_up ..6 calms|comfort|comforts|relief|peace|only",
    "to ..2 not ..2 exist|be ..2 anymore|any_more $",
    "deeper ..6 end|stop|over|die|dead",
    "what ..2 would ..2 happen ..3 if ..3 i ..3 just? ..2 didn't|did_not|wouldn't ..2 stop|wake_up",
)

SELF_HARM_NL = (
    # hair pulled out until bald patches, biting, slapping, hitting oneself
    "trek|trekken|trok|getrokken ..3 haar|haren ..3 uit ..9 kale|kaal|plekken|plek|bloed|bloedt|gaten|tot",
    "bijt|beet|bijten|gebeten ..3 in ..2 mijn|mn|m'n ..2 "
    + _BODY_NL
    + " ..6 tot|afdrukken|bloed|blauw|pijn|kapot",
    "sla|sloeg|slaan|geslagen|stomp|stompen ..2 mezelf|mijzelf ..6 hard|gezicht|hoofd|als|wanneer|tot|blauw",
    "sla|slaan|stompen|bonken ..2 jezelf ..4 als|wanneer|na|bij",
    # punishing oneself by not eating
    "expres|bewust|opzettelijk|met_opzet ..4 niks|niets|geen|niet ..3 gegeten|eten|eet & verdien|verdient|straf|straffen|gestraft",
    # blades kept for when it gets bad
    "mesjes|scheermesjes|scheermes|mes ..6 onder ..3 bed|kussen|matras ..9 voor_als|als|wanneer|nodig",
    "doosje|doos|voorraad|verstopt|verstop ..4 mesjes|scheermesjes",
    "mesjes|scheermesjes ..6 verstopt|bewaar|bewaard|liggen ..4 voor_als|voor_het_geval|als_het",
    # hiding the marks, and the excuse for them that is not true
    "lange ..2 mouwen|mouw|broek ..8 zomer|warm|hitte|niemand|zien|ziet ..6 "
    + _BODY_NL
    + "|littekens|wonden|plekken",
    "zodat|dat ..3 niemand ..3 mijn|mn ..2 " + _BODY_NL + "|" + _WOUND_NL + " ..2 ziet|zien",
    _WOUND_NL
    + " ..9 zei|gezegd|zeg|verteld|vertel|zeg ..8 "
    + _EXCUSE_NL
    + " ..6 niet_zo|niet_waar|niet_van|klopt_niet|gelogen|loog",
    _WOUND_NL + " ..4 niet ..2 van ..2 de ..2 kat|poes|hond|oven",
    "ongeluk|ongelukje|keuken ..3 dat ..2 was ..2 het ..2 niet",
    # the relief it gives
    "pulk|pulken|pulkte|krab|krabben|krabde ..3 aan? ..2 mijn ..2 wondjes|wonden|korstjes|huid ..6 niet ..2 genezen|dicht|heel|bloed|bloedt|tot",
    "knijp|kneep|knijpen ..2 mezelf|mijzelf ..6 blauw|blauwe|plekken|tot|hard|expres",
    "expres|opzettelijk|met_opzet ..6 geslagen|gestoten|verbrand|geknepen|tussen_de_deur|gesneden",
    "rust|kalm|opluchting ..6 als|wanneer|zodra ..3 ik ..2 bloed ..2 zie|zag",
    _PILLS_NL + "|ibuprofen ..9 niet ..3 om ..2 dood|te_sterven ..6 maar|om",
    _PILLS_NL + "|ibuprofen ..9 mezelf|mijzelf ..2 te? ..2 straffen",
    "terugval|teruggevallen ..9 mesje|scheermesje|snijden|krassen|gesneden|gekrast",
    "bebloede|bloederige|bloedende ..2 tissues|zakdoekjes|handdoeken|pleisters|doekjes",
    "krassen ..2 thing|ding",
    "mesje|scheermesje ..4 in ..2 mijn ..2 etui|portemonnee|tas|la",
    "snijden|krassen|branden ..2 helpt|hielp|geeft ..3 even|tijdelijk|kort|rust|opluchting|verlichting",
)

SELF_HARM_EN = (
    "pull|pulling|pulled|pulls ..3 my|out ..2 hair ..4 out? ..9 bald|patch|patches|spots|bleed|bleeding|until",
    "bite|biting|bit|bitten ..3 my|into_my ..2 "
    + _BODY_EN
    + "|lip|lips ..6 until|marks|bleed|bleeding|bruise|bruises|so|hard",
    "slap|slapping|slapped|hit|hitting|punch|punching ..2 myself ..6 hard|face|head|when|until|whenever",
    "hit|slap|punch|hurt ..2 yourself ..4 when|after|whenever|every_time",
    "on_purpose|deliberately|intentionally ..4 didn't|not|haven't|skip|skipped ..3 eat|eaten|meals|food & deserve|punish|punishment",
    "starve|starving|starved ..2 myself ..8 deserve|punish|punishment",
    "razors|razor_blades|blades ..6 under ..3 bed|pillow|mattress",
    "box|stash|hidden|hide|hid ..4 razors|razor_blades|blades",
    "long ..2 sleeves|sleeved|pants|trousers ..8 summer|hot|heat|nobody|no_one|see ..6 " + _BODY_EN,
    "hoodies|hoodie|sweaters|jumpers|sweater ..4 summer|heat|hot ..8 nobody|no_one|see|sees",
    "so ..3 nobody|no_one|noone ..3 sees|see|notices|notice ..3 my ..2 "
    + _BODY_EN
    + "|"
    + _WOUND_EN,
    _WOUND_EN
    + " ..9 said|told|say|tell ..8 "
    + _EXCUSE_EN
    + " ..8 it_wasn't|it_was_not|not_true|lie|lied|don't_have|dont_have|we_don't_have",
    "stitches ..9 said|told ..8 " + _EXCUSE_EN,
    "accident|kitchen|cat ..3 it_wasn't|it_was_not $",
    "pick|picking|picked|scratch|scratching ..3 at? ..2 my ..2 wounds|scabs|cuts|skin ..6 never|not|won't|don't ..2 heal|bleed|bleeds|until",
    "pinch|pinching|pinched ..2 myself ..6 bruises|bruised|until|hard|purpose",
    "punish|punishing ..2 myself ..3 physically|by_hurting|with_pain",
    "calm|relief|peace ..6 when|once|until ..3 i ..2 see ..2 blood",
    "pills|overdosed|overdose|meds ..9 not ..3 to ..2 die|didn't_want_to_die|did_not_want_to_die",
    "the ..2 cutting|burning|scratching ..4 only|helps|keeps|thing",
    "relapse|relapsed ..9 razor|blade|cut|cutting|cuts",
    "bloody ..2 tissues|towels|plasters|bandages|sheets",
    "blade|razor ..4 in ..2 my ..2 pencil_case|wallet|bag|drawer",
    "cutting|burning|scratching ..2 helps|helped ..4 for_a_while|for_a_bit|briefly|calm|numb|cope|relief",
)

UNSAFE_NL = (
    # followed, tracked, someone who shows up everywhere
    "word|worden|werd|ben ..4 gevolgd|achtervolgd|gestalkt ..6 naar_huis|door|weken|dagen|steeds|elke|iedere|dezelfde|als",
    "volgt|volgde|liep|loopt ..2 me|mij ..4 achterna|naar_binnen|naar_huis|tot_aan",
    "achter ..2 me|mij ..2 aan ..4 naar_binnen|naar_huis|tot_aan|tot_mijn & iemand|man|vent|gast|onbekende|vreemde|vreemdeling",
    "volgt|checkt|tracket|bekijkt ..3 mijn ..2 locatie|gps ..9 overal|stiekem|jaloers|boos|mag_niet|opduikt|staat_ineens|zonder",
    "duikt|dook|staat|stond ..4 overal|op_de_campus|bij_mijn_college|bij_mijn_huis|voor_mijn_deur ..6 op|waar_ik|ineens|steeds",
    "dreigbericht*|dreigende_berichten|doodsbedreig*|bedreigingen",
    # images used as a threat
    "dreigt|dreigde|dreigen|anders ..8 naaktfoto*|foto's|fotos|video's|videos|filmpjes|beelden ..4 rond|online|verspreiden|delen|sturen|op_internet",
    "naaktfoto*|filmpjes|video's|beelden ..6 rondsturen|rond_te_sturen|verspreiden|te_verspreiden|delen|te_delen ..6 als|tenzij|anders",
    "als|zodra ..3 ik ..4 praat|vertel|zeg|aangifte ..8 deelt|verspreidt|stuurt|zet ..3 foto's|video's|filmpjes|beelden",
    # violence at home: thrown against a wall, grabbed by the throat
    "vermoordt|vermoorden|vermoord|doodmaakt|doodmaken|slaat ..3 me|mij ..4 als|wanneer|zodra ..3 ik ..4 vertel|zeg|praat|aangifte|wegga|ga",
    "gooide|duwde|smeet|gooit|duwt|smijt|sloeg ..3 me|mij ..4 tegen ..3 muur|deur|kast|grond|vloer",
    "greep|grijpt|pakte|pakt|kneep|knijpt ..3 me|mij ..4 bij|om ..2 mijn|de ..2 keel|nek|hals",
    "geknepen|gewurgd|wurgde|wurgt ..3 keel|nek|me|mij",
    # no safe place to sleep tonight
    "op ..2 straat ..2 gezet|gegooid|geschopt|gezet_door",
    "buitengesloten|sluit ..3 me|mij ..3 buiten",
    "geen ..2 plek|plaats|dak ..4 om ..2 te ..2 slapen|overnachten|vannacht",
    "geslapen|slaap|sliep ..4 in ..2 het ..2 trappenhuis|portiek|station|park",
    # papers taken, a family that decides
    "paspoort|id_kaart|identiteitskaart|verblijfsvergunning ..4 afgepakt|afgenomen|ingenomen|weggenomen|verstopt",
    "afgepakt|afgenomen|ingenomen ..3 mijn ..2 paspoort|id_kaart|identiteitskaart",
    "uitgehuwelijkt|uithuwelijken|uithuwelijking|gedwongen_huwelijk|gedwongen_trouwen|moet_trouwen_met",
    "sluit|sluiten|sloten ..3 me|mij ..4 op",
    "opgesloten ..3 in ..2 mijn ..2 kamer & ouders|vader|moeder|vriend|hij|ze",
    "foto's|fotos|foto ..4 van ..2 mijn ..2 voordeur|deur|raam|huis|kamer|fiets & stuurt|stuurde|man|iemand",
    "bang ..3 naar ..2 huis ..3 vanavond|terug|te_gaan",
    "bang ..3 vanavond ..3 naar ..2 huis",
    "keel|nek|hals ..3 gepakt|gegrepen|geknepen|dichtgeknepen",
    "van ..2 de ..2 trap ..2 geduwd|gegooid|geschopt",
    "in ..2 elkaar ..2 geslagen|geslagen_door|slaat|sloeg",
    # touched while asleep or drugged
    "aangeraakt|betast|aanraakte|betastte|zat_aan|zit_aan ..8 terwijl|toen ..3 ik ..3 sliep|dronken|buiten_westen|niet_bij",
    "terwijl|toen ..2 ik ..2 sliep|lag_te_slapen|buiten_westen_was ..6 aangeraakt|betast|aan_me_gezeten|aan_mij_gezeten|uitgekleed|gezoend",
    "iets ..2 in ..2 mijn|haar|zijn ..2 drankje|drinken ..3 gedaan|gestopt|gegooid",
    "gedrogeerd",
    "drugs ..2 in ..2 mijn|haar|zijn ..2 drankje|drinken",
    # a boss who touches and threatens a job
    "leidinggevende|baas|manager|chef ..6 zit|zat|zitten|betast|grijpt ..3 aan ..2 me|mij ..9 kwijt|ontslag|ontslagen|contract|diensten|baan",
)

UNSAFE_EN = (
    "being|been|get|getting ..3 followed|stalked ..6 home|by|for|every|each|weeks|days|same",
    "followed|follows|follow ..2 me ..4 home|inside|in|everywhere|for_weeks|every_day",
    "tracks|tracking|tracked|checks ..3 my ..2 location|gps ..9 shows|turns|everywhere|wherever|secretly|jealous|angry|won't_let|without",
    "shows|showed|turns|turned ..2 up ..4 wherever|everywhere|at_my|outside_my",
    "threatening ..2 messages|texts|texting|calls|dms",
    "death ..2 threats|threat",
    "threatens|threatened|threatening ..8 nudes|photos|pictures|videos|pics ..4 share|post|send|spread|leak|online",
    "nudes|photos|pictures|videos|pics ..6 share|post|send|spread|leak ..6 unless|if_i_don't|if_i_dont|if_i",
    "if ..3 i ..4 talk|tell|report ..8 share|post|spread|leak|send ..3 photos|pictures|videos|nudes|pics",
    "kill|hurt|murder|beat ..2 me ..3 if|when|unless ..3 i ..3 told|tell|say|talk|report|leave|left|go",
    "threw|pushed|shoved|slammed|throws|pushes|shoves|slams ..3 me ..4 against|into ..2 a|the ..2 wall|door|floor|ground|cupboard",
    "grabbed|grabs|choked|chokes|strangled|strangles ..3 me ..4 by|around ..2 my|the ..2 throat|neck",
    "kicked|threw|thrown|locked|locks|locking ..2 me ..2 out ..8 nowhere|sleep|slept|night|street|stairwell|house|home",
    "nowhere|no_place ..2 to ..2 sleep|stay ..2 tonight",
    "slept|sleeping|sleep ..3 in ..2 the ..2 stairwell|street|park|station",
    "took|taken|takes|kept|keeps|hid ..3 my ..2 passport|id|residence_permit|papers",
    "forced_marriage|forced_to_marry|married_off|marry_me_off|make_me_marry",
    "lock|locked|locks|locking ..2 me ..2 in ..3 my|the ..2 room|house|flat",
    "photos|pictures|pics ..4 of ..2 my ..2 door|window|house|flat|room|bike & sends|sent|man|someone|stranger",
    "afraid|scared|terrified ..4 go ..2 back|home ..3 tonight|room|flat & key|he|she|him",
    "grabbed|attacked|assaulted|grabs ..2 me ..6 afraid|scared|terrified",
    "pushed|thrown|shoved|kicked ..3 down ..2 the ..2 stairs",
    "beats|beat|beating ..2 me ..2 up",
    "touched|groped|touching|groping ..8 while|when ..3 i ..3 was ..2 asleep|sleeping|drunk|passed_out|out_of_it",
    "while|when ..2 i ..2 was ..2 asleep|sleeping|passed_out|out_of_it ..4 touched|groped|undressed|kissed|had_sex",
    "=roofied|=spiked|=drugged|=roofie",
    "something ..2 in ..2 my|her|his ..2 drink",
    "manager|boss|supervisor ..6 groping|gropes|touching|touches|grabbing|grabs ..9 lose|fired|shifts|job|contract",
)

CONCERN_NL = (
    "haar|zijn ..2 laatste ..2 post|bericht|story & bereiken|reageert|niet|bang|zorgen",
    "kan ..2 dit|het ..2 niet ..2 meer ..9 niet ..3 gereageerd|teruggeappt|opgenomen|gehoord|reageert",
    "niet|nooit ..3 gereageerd|teruggeappt|opgenomen|gehoord|reageert ..9 kan ..2 dit|het ..2 niet ..2 meer",
    "afscheid ..2 genomen|nemen|neemt ..9 opgeruimd|weggegeven|voorgoed|leeggehaald|spullen",
    "schulden ..4 afbetaald|afgelost ..9 "
    + "kat|hond|poes|spullen ..6 gebracht|gegeven|zorgen|zorg",
    "zegt ..2 steeds|telkens ..4 dat ..2 het ..3 van ..2 het? ..2 koken|kat|sport|ongeluk ..8 geloof ..3 niet",
)

CONCERN_EN = (
    "her|his|their ..2 last ..2 post|message|story & reach|answering|replying|worried|scared",
    "can't|cant|cannot ..2 do ..2 this|it ..2 anymore ..9 not|hasn't|haven't ..3 replied|answered|heard|answering",
    "not|hasn't|haven't|isn't ..3 replied|answered|heard|answering ..9 can't|cant|cannot ..2 do ..2 this|it ..2 anymore",
    "saying ..2 goodbye ..9 cleaning|giving_away|for_good|leaving|belongings",
    "paid|paying ..2 off ..4 debts|debt ..9 cat|dog|stuff|things ..6 gave|brought|look_after|take_care",
    "razor ..2 blades|blade ..6 bloody|blood|tissues|bin",
    "keeps ..2 saying|telling ..6 it's|its|it_was ..3 from ..2 cooking|the_cat|sports|an_accident ..8 believe",
)

FIGURES_NL = (
    "brandde|gebrand|verbrand|gesneden|sneed ..2 me|mezelf|mijzelf ..4 aan|met|bij|tijdens ..3 ketel|waterkoker|oven|pan|strijkijzer|koken|mes|scheren|thee|koffie|fornuis",
    "schiet ..3 mezelf|mijzelf ..3 in ..2 de ..2 voet",
    "wekker ..6 wakker|opstaan",
    "ochtendmens",
    "niet ..2 veilig ..4 fiets|spullen|laptop|auto|brommer|scooter",
    "opgesloten ..2 voel|voelt|gevoel",
    "voel ..3 opgesloten ..4 kamer|huis|klein",
    "bedankt ..2 voor ..2 alles ..2 en ..2 sorry ..4 te_laat|voor_de_late|dat_ik",
)

FIGURES_EN = (
    "burnt|burned|burn|cut|scalded|scald ..2 myself ..4 on|with|while|making ..3 kettle|oven|stove|pan|iron|knife|cooking|shaving|tea|coffee|hob",
    "see ..2 it ..2 anymore|any_more ..6 screen|glasses|eyes|board|slides|blurry|lenses|contacts|monitor|phone",
    "shoot ..2 myself ..2 in ..2 the ..2 foot",
    "wake ..2 up ..4 when|before ..3 alarm|lecture|class",
    "morning_person ..9 wake",
    "safe ..4 leaving|leave|lock ..2 my ..2 bike|laptop|car|stuff",
    "feel ..2 trapped|locked_in ..4 room|house|flat|small",
    "thanks|thank_you ..2 for ..2 everything ..2 and ..2 sorry ..4 late|for_the_delay|i_missed",
    "last ..2 post|message ..4 before ..3 holiday|vacation|break|exams|summer|trip",
)
