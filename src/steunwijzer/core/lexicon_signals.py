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
    # (the noun as written: "moeite met plannen en weet niet hoe ik moet leren" and "mijn
    # planning doen vanavond" were suicidal, immediate, through the stem; round 13)
    # whose plan: "iedereen om me heen heeft een plan en ik weet niet eens waar ik goed in
    # ben" was suicidal, immediate (an outsiders' set, round 17)
    "ik|heb|had ..2 =plan|=plannetje ..9 weet ..3 niet ..2 wanneer|hoe|waar",
    "mijn|m'n|mn ..1 =plan|=plannetje ..9 weet ..3 niet ..2 wanneer|hoe|waar",
    "=plan|=plannetje ..1 heb|had ..1 ik ..9 weet ..3 niet ..2 wanneer|hoe|waar",
    "=plan|=plannetje ..9 doen ..3 vanavond|vannacht|morgen|weekend|binnenkort|snel|straks",
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
    "weet ..2 niet ..3 of ..2 ik ..3 er|hier ..4 volgende|over|na|morgen|straks ..3 nog ..2 ben|zijn|leef",
    "rust|opluchting ..4 van ..2 niet ..2 meer? ..2 hier|er ..2 zijn",
    "slapen|slaap ..4 nooit|niet ..2 meer ..2 opstaan|op_staan|op_te_staan|ontwaken",
    "sorry ..2 voor ..2 alles $",
    "wereld ..4 lichter|beter|makkelijker|rustiger ..4 zonder ..2 mij|me",
    "wat ..2 er ..2 zou ..2 gebeuren ..3 als ..3 ik ..4 niet ..2 stop|stopte|zou_stoppen|wakker|meer_wakker",
    # an attempt behind them ("na een poging", said bare)
    "!na|sinds ..2 mijn|m'n|mn|een|de|die|vorige|laatste ..2 poging $",
    "!poging ..2 gedaan|overleefd|achter_de_rug $",
    "opgenomen ..4 na ..3 poging",
    "wil ..2 niet ..1 meer ..1 hier ..1 zijn|wezen ..1 eigenlijk|echt|gewoon|hoor? $",
    # no point in going on; counsellors' words in a note,
    "nut ..4 niet ..2 meer ..2 van ..1 doorgaan|leven|verder_leven|verder_gaan",
    "zelf ..0 moord*|doding*",  # "zelf-moord", "zelf moord": the compound split in two
    "=ideatie|=suicidaliteit|=suïcidaliteit",
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
    "not ..2 know|sure ..2 if|whether ..3 i'll|i ..3 still ..2 be ..2 here|around|alive",
    "peace|quiet|relief ..4 of ..2 not ..2 being ..2 around|here|alive",
    "sleep ..4 never ..2 get_up|wake_up|wake",
    "sorry ..2 for ..2 everything $",
    "world ..4 lighter|better|easier|quieter ..4 without ..2 me",
    "what ..2 would ..2 happen ..3 if ..3 i ..3 just? ..2 didn't|did_not|wouldn't ..2 stop|wake_up",
    # an attempt behind them, said bare; done with everything; not here much longer
    "!after|since ..2 my|an|the|last|previous ..2 attempt $",
    "!my ..1 last|previous|first|second|recent ..1 attempt $",
    "!survived ..2 an|my ..1 attempt",
    "done ..2 with ..1 everything|life|living|existing|it_all $",
    "done|finished|quit|stop ..6 not ..1 just|only ..2 with ..3 uni|university|school|college|studies|study|programme|program|degree",
    "decided ..4 not ..4 be ..1 here|around|alive",
    "not ..4 be ..1 here|around|alive ..2 anymore|any_more|much_longer|for_much_longer|for_long",
    "time ..1 to ..1 go & for_real|for_good|forever|permanently",
    # taken in sleep by someone; everything in the cabinet; a goodbye; note words,
    "pray|praying|hope|hoping|wish ..3 god|he|someone|something ..2 takes|would_take|will_take ..1 me",
    "swallow|swallowed|swallowing|take|took ..2 everything|all ..4 medicine_cabinet|cabinet|pills|meds|medicine",
    "this ..1 is ..1 my ..1 goodbye",
    "=ideation|death_wish|death_wishes",
)
