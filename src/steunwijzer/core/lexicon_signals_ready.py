# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Getting ready, sleeping for good, and hurting oneself by not eating: families read
from two outsiders' sets (set31 and set32, round 14) after they were measured unseen
(70 of 84 and 72 of 85 risk texts found), then from a third written after them (set33:
67 of 78), each written for what it says, not for the one sentence.

Kept apart from the other signal modules to keep modules small; lexicon.py reads it
through FLOOR.
"""

from __future__ import annotations

_PILLS_NL = "pillen|tabletten|medicijnen|medicatie|paracetamol|slaappillen|insuline"
_PILLS_EN = "pills|tablets|meds|medication|paracetamol|tylenol|painkillers|insulin"

SUICIDAL_NL: tuple[str, ...] = (
    # sleeping for good
    "slapen ..4 voor ..1 altijd|eeuwig|goed",
    "voor ..1 altijd|eeuwig ..2 slapen|gaan_slapen",
    # a date already chosen
    "hoofd ..4 al ..1 een ..1 datum",
    # a role-play (round 15): how much of a medicine is dangerous, looked up
    f"opgezocht|gegoogeld|gezocht|gekeken|googelde|zocht ..6 hoeveel ..3 {_PILLS_NL} ..6 gevaarlijk|dodelijk|fataal|genoeg|dood|teveel|te_veel",
    f"hoeveel ..3 {_PILLS_NL} ..6 gevaarlijk|dodelijk|fataal|genoeg_is ..6 opgezocht|gegoogeld|gezocht|gekeken",
    # set38 (round 15): an attempt said as "iets", a hospital after it
    "iets ..1 geprobeerd|gedaan ..9 ziekenhuis|eerste_hulp|seh|ambulance|maag_leeggepompt",
    "denken|denkt|dachten ..3 dat ..2 het ..1 een ..1 ongeluk & geprobeerd|ziekenhuis|pillen|overdosis",
    # (not "voor mijn afstuderen": a note read in the first person, round 48)
    "datum ..2 gekozen|geprikt|vastgesteld|bedacht ..4 voor ..1 mezelf|het",
    "datum ..2 gekozen|geprikt|vastgesteld|bedacht ..4 voor ..1 mijn|mn ..1 einde|dood|laatste|afscheid",
    "al ..1 een ..1 datum ..4 in ..1 mijn|mn|m'n ..1 hoofd",
    # last messages ready, affairs arranged
    "laatste ..1 berichtjes|berichten|brieven|brief|woorden ..4 klaar|klaargezet|klaarstaan|geschreven|opgeschreven",
    "afscheidsberichtjes|afscheidsberichten ..4 klaar|klaargezet|geschreven",
    # a knife beside one, pills bought shop by shop
    "met ..1 een ..1 mes|mesje|scheermesje ..2 naast ..1 me|mij",
    f"{_PILLS_NL} ..8 verschillende ..1 apotheken|drogisten|winkels",
    f"verschillende ..1 apotheken|drogisten ..8 {_PILLS_NL}",
    # English "kill" in Dutch ("ik wil mezelf killen": a hostile round, round 14)
    "mezelf|mijzelf|me|mij|m'n_eigen|mn_eigen ..2 =killen|=killn|=unaliven",
    "!ga|gaat|gaan ..3 mezelf|mijzelf|me ..2 =killen|=killn|=unaliven",
    # "bang dat ik me iets aandoe": the reflexive "me" of "ik" (round 15)
    "ik ..3 me|mij ..2 iets|wat ..1 aandoe|aandoen|aan_doe|aan_zal_doen|aan_ga_doen",
    "ik ..1 doe ..1 me|mij ..2 iets|wat ..1 aan",
    "doe ..1 ik ..1 me|mij ..2 iets|wat ..1 aan",
    # looking up how high a building must be
    "gezocht|opgezocht|gegoogeld|googelde|zoek ..3 hoe ..1 hoog ..4 flat|brug|gebouw|dak|moet",
    # the times of the trains, learnt by the track (set33, round 14)
    "spoor ..9 hoe ..1 laat",
    "hoe ..1 laat ..4 intercity|trein|treinen|sprinter ..3 langs|langskomt|voorbij|voorbijkomt",
    # strips of pills taken home "just in case"
    "strips|strippen|doosjes ..6 mee ..3 naar ..1 huis",
    # "na dit weekend maakt het toch niet meer uit"
    "maakt ..3 niet ..1 meer ..1 uit ..4 na ..2 dit|deze|vanavond|morgen|vrijdag|zaterdag|zondag|weekend",
    "na ..2 dit|deze|vanavond|morgen|vrijdag|zaterdag|zondag ..2 weekend? ..3 maakt ..3 niet ..1 meer ..1 uit",
)
SUICIDAL_EN: tuple[str, ...] = (
    # no desire left to live, in the words of many first languages
    "no ..1 more|longer? ..1 desire|will|wish|reason|motivation|energy ..2 to ..1 live|living|exist",
    "lost ..2 my? ..1 desire|will|wish ..2 to ..1 live|living",
    # sleeping and not waking up
    "sleep ..6 and ..1 not|never ..1 wake",
    "sleep ..2 forever|for_ever|for_good|permanently",
    # a bus that would be welcome
    "if ..2 a|the ..1 bus|truck|train|car ..3 hit|hits|ran_over|runs_over|killed ..2 me",
    # methods read about, which one hurts least
    "methods|ways ..6 hurts|hurt ..2 less|least",
    "forums|forum|reddit ..4 about ..2 methods|ways_to_die|how_to_die",
    # pills gathered shop by shop
    f"{_PILLS_EN} ..8 different ..1 pharmacies|pharmacy|drugstores|chemists|shops|stores",
    f"different ..1 pharmacies|pharmacy|drugstores|chemists ..8 {_PILLS_EN}",
    # a letter in case one does not come back
    "letter|letters|note|message ..8 in ..1 case ..3 i ..3 don't|dont|won't|wont|do_not|not ..2 come|make ..1 back|it",
    "knife|blade|razor ..2 next_to|beside ..1 me",
    # "it won't matter after this weekend anyway" (set33, round 14)
    "won't|wont|will_not|doesn't|wouldn't ..1 matter ..3 after ..2 this|tonight|tomorrow|friday|saturday|sunday|weekend",
    # belongings given away, started lately
    "started|begun|began ..1 giving ..3 my? ..1 stuff|things|belongings|books|bike|plants|clothes ..1 away",
    "started|begun|began ..1 giving ..1 away ..2 my ..1 stuff|things|belongings|books|bike|plants|clothes",
    "train|trains ..3 times|timetable ..8 track|tracks|crossing",
    # a role-play (round 15): how much of a medicine is dangerous, looked up ("just out
    # of curiosity" said beside it is no reason to drop it)
    f"looked|look|searched|googled|read|checked ..2 up|online? ..3 how ..1 much|many ..3 {_PILLS_EN} ..6 dangerous|lethal|deadly|fatal|kill|kills|die|overdose|too_much|enough",
    # set38 (round 15): an attempt said as "something", a hospital after it
    "tried|did ..1 something ..9 hospital|emergency|ambulance|stomach_pumped|er",
    "think|thinks|thought ..2 it ..1 was ..1 an ..1 accident & tried|hospital|pills|overdose",
)
SELF_HARM_NL: tuple[str, ...] = (
    # skin rubbed or scratched open
    "pols|polsen|arm|armen|been|benen|huid ..2 opengeschuurd|opengekrast|opengekrabd|opengehaald|kapotgekrabd",
    # not eating as a punishment
    "straf|straffen|verdiend|verdien ..8 niet|niks|niets ..2 eten|eet",
    "eet|eten ..4 niks|niets|niet ..8 straf|verdiend|verdien",
    f"expres|opzettelijk|bewust ..3 te ..1 veel ..3 {_PILLS_NL}",
    # a cigarette put out on one's own skin, a shower hot enough to blister (set33)
    "sigaret|sigaretten|peuk ..2 uit ..4 op ..2 mijn|mn|m'n ..1 been|bovenbeen|arm|armen|hand|huid|buik",
    "zo ..1 heet ..9 huid ..6 rood|blaren|verbrand|brandt",
)
SELF_HARM_EN: tuple[str, ...] = (
    # "I cut since I was 15", "I cut almost every night"
    "i ..1 cut ..1 since|for|every|again|almost|when|whenever|most",
    # not eating as a punishment
    "don't|dont|do_not|not|stopped ..1 eat|eating ..8 punishment|punish|deserve",
    "punishment|punish ..4 myself ..8 eat|eating|food",
    f"on ..1 purpose ..4 too ..1 many|much ..2 {_PILLS_EN}",
    f"too ..1 many|much ..2 {_PILLS_EN} ..3 on ..1 purpose",
    "put|putting|stub|stubbing ..1 out ..2 cigarettes|cigarette|cigs ..4 on ..2 my ..1 arm|arms|leg|legs|thigh|hand|skin",
    "so|as ..1 hot ..9 skin ..6 red|blisters|blister|burns|burned|burnt",
)
CONCERN_EN: tuple[str, ...] = (
    # not deserving food, jokes about the bridge that nobody laughs at
    "she|he|they ..3 doesn't|dont|does_not|don't ..1 deserve ..1 food|to_eat|to_live",
    "keeps|kept|always ..1 joking|jokes ..2 about ..2 jumping|killing|ending|hanging|dying|overdosing",
    # a role-play (round 15): someone said to be done with it, and silent since
    "!texted|said|wrote|posted|messaged ..6 done|over_it|finished|can't_anymore|cannot_do_this ..9 not ..1 answering|responding|replying|picking_up",
    "!not|stopped ..1 answering|responding|replying|picking_up ..9 since ..6 done|over_it|can't_anymore|goodbye|sorry",
    # set38 (round 15): someone talked of jumping from a height
    "talked|talks|talking|said|says ..3 about? ..1 jumping|jump ..2 off|from ..3 garage|parking_garage|roof|bridge|building|flat|balcony|tower",
)
CONCERN_NL: tuple[str, ...] = (
    # a role-play (round 15): "appte 'ik ben er klaar mee' en sindsdien reageert ze niet
    # meer"; worried about someone who has not answered for days
    "!appte|zei|schreef|stuurde|postte|zegt|appt ..6 klaar ..1 mee|ermee ..9 reageert|reageerde|antwoordt|neemt ..3 niet|nie",
    "!reageert|reageerde|antwoordt|neemt ..2 niet|nie ..2 meer? ..6 sinds|sindsdien ..6 klaar_mee|afscheid|sorry|dood|niet_meer_leven",
    "zorgen ..2 om ..3 vriend|vriendin|huisgenoot|broer|zus|broertje|zusje|haar|hem ..9 al ..2 dagen|dag|nachten|uren ..3 niet|nie",
    "worried|worry ..2 about ..3 friend|roommate|flatmate|brother|sister|her|him ..9 for|in ..2 days|hours ..3 not|hasn't|hasnt|haven't",
    "zichzelf ..2 =killen|=killn|=unaliven",
    # locked in for hours and not answering (round 14)
    "!zich ..3 opgesloten|ingesloten|opgesloten_heeft & sorry|afscheid|bang|bezorgd|pillen|mes|briefje|brief|gepost",
    "!reageert|antwoordt|opendoet|doet_open ..2 niet & opgesloten",
    "!doet ..2 de ..1 deur ..2 niet ..1 open & opgesloten",
    # belongings given away
    "al ..1 haar|zijn ..1 spullen|planten|kleren|boeken ..4 weggegeven",
    "grapjes|grappen ..3 over ..2 springen|zelfmoord|ophangen|dood_gaan",
)
UNSAFE_NL: tuple[str, ...] = (
    # debts with the wrong people, who know where one lives; one word between since round
    # 57: two also read "weet ik niet waar ik moet wonen" (a room hunt) as a threat
    "weten ..1 waar ..1 ik ..1 woon",
    "schulden ..3 bij ..2 verkeerde ..1 mensen|types|jongens|gasten",
    # set35 (round 14): waited for, one's schedule known; keys or passport taken; wages
    # kept back with a threat; a threat to one's family; a door rattled at night; a
    # refuge; nowhere to sleep tomorrow night
    "wacht|staat ..4 steeds|elke_dag|telkens|weer ..4 op ..1 me|mij & bang|eng|volgt|achtervolgt|bloemen|negeren|met_rust|griezelig",
    "weet ..2 mijn ..1 rooster|adres|route|schema|looproute & bang|eng|volgt|achtervolgt|bloemen|negeren|met_rust|griezelig|wacht",
    "pakt|pakte|neemt|nam|houdt|hield|afgepakt|ingenomen ..3 mijn ..1 sleutels|sleutel|paspoort|telefoon ..8 niet ..2 weg|weg_kan|naar_buiten",
    "houdt|hield ..2 mijn ..1 loon|salaris|geld ..1 in & dreigt|dreigde|schuld|verblijfsvergunning",
    "gebeurt|gebeurde ..1 iets ..2 met ..2 mijn ..1 zus|broer|moeder|vader|familie|ouders ..3 als",
    "rammelt|rammelde|bonkt|bonst|bonkte ..3 aan|op ..2 mijn ..1 deur & nachts|snachts|nacht|sleutel",
    "blijf ..1 van ..1 mijn ..1 lijfhuis",
    "waar ..3 kan|moet ..2 ik ..3 vannacht|morgennacht|vanavond ..2 slapen & geen|weg_moet|eruit|huisbaas|gezet|buitengezet",
    # set37 (round 15): a threat to harm the student, often over whom they love ("als
    # ik met die jongen blijf gaan ze me wat aandoen"), and honour named
    "ze|zij|hij|jullie|hun ..2 me|mij ..2 iets|wat ..1 aandoen|aandoet|aan_doen|aan_te_doen",
    "eerwraak|eergerelateerd|eergerelateerde",
    "uithuwelijken|uitgehuwelijkt|uithuwelijking|gedwongen_huwelijk|gedwongen_trouwen",
    # a role-play (round 15): "omdat mijn ex steeds 's nachts bij mijn deur staat en ik
    # niet meer naar huis durf" (the verb at the end of a Dutch clause)
    "ex|stalker ..4 bij|voor ..2 mijn|m'n|de ..1 deur|huis|kamer|raam ..2 staat|stond|wacht|wachtte|opduikt",
    "niet ..2 meer? ..2 naar ..1 huis ..1 durf|durft|durfde|durven",
    "durf|durft|durfde ..3 niet ..2 meer? ..2 naar ..1 huis",
)
UNSAFE_EN: tuple[str, ...] = (
    "know|knows ..2 where ..1 i ..1 live",
    "owe|debt|debts ..4 to? ..2 the ..1 wrong ..1 people|guys",
    "keeps|kept|always ..1 waiting ..3 for ..1 me & scared|afraid|creepy|ignore|follows|following|flowers|alone",
    "knows|knew ..2 my ..1 schedule|timetable|address|route & scared|afraid|creepy|ignore|follows|following|flowers|waiting",
    "take|took|takes|taking|keeps ..2 my ..1 keys|passport|phone ..6 can't|cannot|couldn't|not ..1 leave|go_out",
    "took|taken|kept|keeps|holds ..2 my|his|her ..1 passport & safekeeping|boss|employer|company|agency|owe|debt",
    "withholds|withheld|keeps|kept ..2 my ..1 wages|salary|pay & threatens|threatened|debt|visa|permit",
    "something ..2 happens|will_happen|would_happen ..2 to ..2 my ..1 sister|brother|mother|father|family|parents ..3 if",
    "rattles|rattling|banging|bangs|bangs_on ..3 on|at ..2 my ..1 door & night|nights|key|spare",
    "staying|living|sleeping ..3 in ..2 a ..1 shelter|safehouse|refuge",
    "they|he|she ..2 will|would|going_to ..1 hurt|harm|kill|beat ..1 me ..4 if|unless",
    "honour|honor ..1 killing|violence|based_violence",
    # set38 (round 15): a marriage arranged with a threat
    "arranging|arranged|forcing|forced ..3 marriage|marry ..9 regret|refuse|threat|threatened|threatens|say_no|or_else|disown|kill",
    "forced ..1 marriage|to_marry",
)
CONCERN_EN += (
    # locked in for hours and not answering (a role-play, round 14: "sorry for
    # everything" was immediate alone and only "soon" with the locked door beside it)
    "!locked ..1 herself|himself|themselves|themself ..4 in & sorry|goodbye|scared|afraid|worried|pills|knife|note|letter|posted",
    "!doesn't|does_not|won't|will_not|isn't|not ..1 answer|answering|respond|responding|open|opening & locked",
    "!locked ..1 herself|himself|themselves|themself ..1 in ..3 bathroom|toilet ..3 for ..1 hours",
    # stopped insulin on purpose (set35)
    "stopped|stops ..1 taking ..2 his|her|their ..1 insulin|meds|medication|medicine ..3 on_purpose|deliberately",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
}
