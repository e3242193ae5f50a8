# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Families read from four outsiders' sets of round 21, after each was measured unseen:
chat messages (set59), long e-mails with the need in one sentence (set60), students who
write in a language not their own (set61), and indirect ways of saying it (set62). Each
family is written for what it says, with its harmless neighbours in mind, not for the
one sentence.

Kept apart from the other lexicon modules to keep them small; lexicon.py reads the
figures, lexicon_floor.py the families.
"""

from __future__ import annotations

# Where the student is while writing: a roof, a ledge, a bridge ("im writing this from
# the roof of the parking garage. sorry", "I am standing on the balcony of the 9th floor
# while I write this"): danger now. A place beside the tracks without knowing why.
SUICIDAL_EN: tuple[str, ...] = (
    "!writing|typing ..1 this ..3 roof|rooftop|ledge|bridge|railing|tracks",
    "!standing|sitting|stand|sit ..4 balcony|roof|rooftop|ledge|bridge|railing ..9 while ..1 i ..1 write|type|am_writing|am_typing",
    "do ..1 not ..1 want ..1 to ..1 keep|carry ..1 going|on|living ..1 at_all|anymore|any_longer",
    "do ..1 not ..1 want ..1 to ..1 keep ..1 going $",
    "does|would|will ..1 not ..1 matter ..2 if ..1 i ..1 die|died|was_dead|am_dead|disappear",
    "think|thinking|thought|planning ..3 ways|way|methods ..2 to ..1 disappear|vanish|end_it",
    "lethal|fatal|deadly ..2 dose|doses|amount|overdose",
    "dose|doses|how_many|how_much ..6 before ..2 it|it_is|its ..1 lethal|fatal|deadly",
    "tracks|railway|rails|bridge|roof|ledge ..8 not ..2 know ..2 what ..1 i ..1 was ..1 doing ..1 there",
    "walked|walking|walk|stood|standing|lay|lying ..2 on ..2 the ..1 train? ..1 rails|tracks|railway",
    "!in ..2 the|my ..1 bathroom|room|toilet ..4 with ..2 a|the ..1 razor|blade|knife|rope",
    # set63/64 (spoken, and who it is about): a veiled goodbye; a date chosen so it
    # does not spoil a birthday
    "if ..1 i ..2 do_not|am_not|don't ..2 show_up|come|make_it|turn_up ..4 you ..1 know ..1 why",
    "date|day ..9 does_not|won't|will_not|would_not ..1 ruin|spoil",
)
SUICIDAL_NL: tuple[str, ...] = (
    "!schrijf|typ ..1 dit ..3 dak|brug|reling|rand|spoor|balkon",
    "bedenk|bedacht|denk|dacht ..3 manieren|manier ..2 om ..1 te ..1 verdwijnen",
    "dodelijke ..1 dosis|hoeveelheid",
    "hoeveel|dosis ..6 dodelijk|om_dood_te_gaan",
    "spoor|rails|brug|dak|reling ..8 weet ..3 wat ..2 ik ..1 daar|er ..1 deed|moest|wilde|zocht",
    "liep|lopen|loop|stond|sta|lag ..2 op ..1 het|de ..1 spoor|rails",
    "!in ..2 de|mijn ..1 badkamer|kamer|wc ..4 met ..2 een|het ..1 scheermes|scheermesje|mes|touw",
    "als ..1 ik ..3 niet ..2 kom|ben|er_ben|meer_ben|verschijn ..4 weet ..1 je ..1 waarom",
)
# A message that says sorry, then pills taken: the classic sign, about someone else.
CONCERN_NL: tuple[str, ...] = (
    "bericht|appje|berichtje|app|sms ..6 sorry ..8 pillen|medicijnen|tabletten|slaappillen",
    "haar|zijn ..1 hart ..5 niet ..1 volhoudt|volhouden|aankan|meer_aankan",
    # "ze werd gisteravond bewusteloos gevonden na het drinken" was nothing (a second
    # role-play, round 21, U1); "was bewusteloos" was found
    "werd|is|was|zijn|werden ..3 bewusteloos|buiten_westen|levenloos ..2 gevonden|aangetroffen",
)
CONCERN_EN: tuple[str, ...] = (
    "texted|message|messaged|text|dm ..6 sorry ..8 pills|tablets|took",
    # a sister's heart that may give out (anorexia, set64)
    "her|his|their ..1 heart ..4 give_out|gives_out|stop|stops|fail|fails|could_stop|might_stop",
)
# Not eating as a punishment, in chat spelling ("bijna nix gegeten, als straf").
SELF_HARM_NL: tuple[str, ...] = (
    "niks|niets|nauwelijks|weinig ..3 gegeten|eten|eet ..6 als ..1 straf",
)
SELF_HARM_EN: tuple[str, ...] = (
    "starve|starving|starved ..1 myself ..6 punish|punishment|deserve",
    # "it's not my friend, it's me ... I'm the one who's cutting" (set64)
    "i ..2 am ..1 the ..1 one ..2 who ..2 cutting|cuts|self_harming|hurting_myself|harming_myself",
)
# Being followed home day after day ("fietst me elke dag achterna naar huis"); nowhere
# safe to sleep said with "not anywhere".
UNSAFE_NL: tuple[str, ...] = (
    "me|mij ..2 elke|iedere ..1 dag|avond|keer ..3 achterna",
    "me|mij ..1 steeds|telkens|vaak|altijd|weer ..3 achterna",
    "volgt|volgde ..1 me|mij ..3 naar ..1 huis",
)
UNSAFE_EN: tuple[str, ...] = (
    "follows|followed|following ..1 me ..2 home|every_day|everywhere|to_my_house|to_my_room",
)
OWN_PLACE: dict[str, tuple[str, ...]] = {
    "nl": ("geen ..1 veilige ..1 plek|plaats ..3 om ..2 te ..1 slapen|blijven",),
    "en": (
        "not ..2 have ..1 anywhere|somewhere|a_place|any_place ..1 safe ..2 to ..1 sleep|stay|go",
    ),
}

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "suicidal_thoughts": {"nl": SUICIDAL_NL, "en": SUICIDAL_EN},
    "self_harm": {"nl": SELF_HARM_NL, "en": SELF_HARM_EN},
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}

# Manners of speaking heard in these sets, each with its cause in the phrase: a room or a
# course "trying to kill me", killing a character off, dying without a phone, being
# "tired of life in the student house", wanting to vanish after something awkward,
# giving things away to whoever wants them, killing a groupmate who did nothing.
_PEOPLE_EN = "roommate|flatmate|housemate|groupmate|teammate|supervisor|teacher|prof|professor|tutor|boss|lecturer|neighbour|neighbor|sister|brother|cat|dog"
_PEOPLE_NL = "huisgenoot|huisgenote|groepsgenoot|groepsgenote|begeleider|scriptiebegeleider|docent|baas|buurman|buurvrouw|zus|broer|kat|hond"
_THINGS_EN = "phone|coffee|wifi|internet|netflix|laptop|charger|makeup|headphones"
_THINGS_NL = "telefoon|mobiel|koffie|wifi|internet|netflix|laptop|oplader|make_up|koptelefoon"
FIGURES_EN: tuple[str, ...] = (
    "room|house|weather|heat|course|class|module|exam|week|semester|bunk|stairs|bike|thesis ..2 is|was ..2 trying ..1 to ..1 kill ..1 me",
    "kill|killed|killing|kills ..1 him|her|them|characters|everyone ..1 off",
    f"die|dies|dying ..1 without ..2 her|his|my|their ..1 {_THINGS_EN}",
    "tired ..1 of ..1 life|living ..1 in|at|with",
    "disappear|vanish|crawl_under_a_rock|sink_into_the_floor ..8 awkward|embarrassing|embarrassed|cringe|crush|mortified",
    "giving|give ..8 anyone|who ..1 want|wants|interested",
    f"going|want|wants|will ..2 to? ..1 kill|murder|strangle ..2 my|her|his|the ..1 {_PEOPLE_EN}",
    "kill|murder ..1 me ..6 forgot|forgotten|anniversary|birthday",
    "die|dying ..2 if ..2 i ..1 have ..1 to ..1 present|give|do|take|sit|write|speak",
    "cut|cuts|burned|burnt ..1 myself|herself|himself|themselves ..3 making|cooking|chopping|slicing|shaving|baking|ironing",
    "shaving|shave ..6 razor",
    # the trivial cause first: "if I get a negatief BSA my mom will kill me" was danger
    # now, 112 (a second role-play, round 21, U2)
    # someone else who "will kill me", never "i will kill me" ("if i fail this exam again
    # i will kill me, i am serious": the student's own, set27)
    "if|when ..8 fail|failed|flunk|flunked|bsa|grade|grades|exam|exams|resit|late|forget|forgot ..6 mom|mum|dad|mother|father|parents|family|teacher|prof|boss|coach|he|she|they|bf|gf|boyfriend|girlfriend ..3 kill|murder ..1 me",
    # "my parents will kill me if they find out" ending there: the saying, after a
    # plagiarism case (a role-play, round 63: "call 112 now", kept after the override).
    # Not when it says what ("... if they find out I'm gay"): the clause goes on.
    "would|will|gonna|going_to ..3 kill|murder ..1 me ..1 if|when|once ..2 find|finds|found ..1 out $",
    "would|will|gonna|going_to ..3 kill|murder ..1 me ..1 if|when|once ..2 knew|know|knows|hear|hears|heard|see|sees|saw ..1 this|that|it|about_it? $",
    # wanting pain to stop is no wish for pain ("I just want the pain to stop" of her
    # endometriosis was self-harm, kept after two noes: a role-play, round 63)
    "want|wanted|wants|need ..3 the ..2 pain ..1 to ..1 stop|end|ease|be_over|go_away $",
    # sayings of set330-set333 (round 63): grounded for life, stalking a profile, shot
    # oneself in the foot, "one more lecture and I'll shoot myself"
    "threatened|threatens|threaten|threatening ..2 to ..1 ground ..1 me",
    "stalking|stalked|stalk ..2 his|her|their|my ..1 insta|instagram|profile|page|socials|tiktok|facebook|linkedin|account",
    "shot|shoot|shoots|shooting ..1 himself|herself|myself|yourself|themselves|ourselves ..1 in ..1 the ..1 foot",
    "one ..1 more ..6 going_to|gonna|i'll|will|i'm_going_to ..2 shoot|kill ..1 myself",
)
FIGURES_NL: tuple[str, ...] = (
    f"dood ..1 gaat|ga|gaan ..1 zonder ..2 haar|zijn|mijn ..1 {_THINGS_NL}",
    "bloed ..1 dood ..4 ongesteld|menstruatie|tampon|tampons|maandverband",
    "licht ..6 tunnel ..3 met|bij|voor ..2 mijn|deze|die|dit ..1 scriptie|thesis|vak|project|studie|onderzoek",
    "geef|weggeven|weg ..8 wie ..1 wil|heeft_interesse",
    f"ga|gaat|wil ..2 mijn|haar|zijn ..1 {_PEOPLE_NL} ..2 vermoorden|afmaken|wurgen",
    "verdwijnen|door_de_grond_zakken ..8 gênant|ongemakkelijk|schaamde|schaam|crush",
    "als ..8 bsa|zak|gezakt|onvoldoende|herkansing|cijfer|cijfers|te_laat ..8 vermoordt|vermoorden|afmaakt ..2 moeder|vader|ouders|ma|pa|mama|papa|ze|hij|zij ..1 me|mij",
)

# A suicide that happened, by hanging: "hij heeft zichzelf opgehangen. ik was degene die
# hem vond" about a brother who died last year gave "is that person reachable now?" (a
# role-play, round 21). Past forms only: "tried to hang himself" is someone at risk.
COMPLETED_NL: tuple[str, ...] = (
    "heeft|had ..1 zichzelf ..1 =opgehangen|=verhangen|=doodgeschoten",
    "=hing|=verhing ..1 zichzelf ..1 op?",
)
COMPLETED_EN: tuple[str, ...] = ("=hanged|=hung ..1 himself|herself|themselves|themself",)

# Homesickness: a mother who is missed and called every night is alive ("I'm homesick,
# I miss my mom and my sister" was grief, acute; a role-play, round 21).
FIGURES_EN += (
    "homesick ..6 miss|missing",
    "miss|missing ..8 homesick|back_home|in_my_country",
)
FIGURES_NL += (
    "heimwee ..6 mis|mist|miste",
    "mis|mist ..8 heimwee|in_mijn_land",
)
