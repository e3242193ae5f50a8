# ruff: noqa: E501  (data: one pattern per string reads better than split strings)
"""Coercive control said in a student's own words (round 44): a partner or parent who
holds the bank card, wants every password, must always know where the student is,
forbids friends, or lets the student out only with him. Students rarely call this
violence ("he's just jealous"), yet it is one of the clearest warnings of danger at
home, so it is read as `unsafe_situation`, not as money or loneliness.

Each family needs a person who does it (he, she, a partner, a parent) and a sign of
control (not allowed, has to, every time, angry otherwise), so that the harmless
neighbours stay out: "mijn vriend heeft mijn pinpas even geleend", "the ATM kept my
card", "IT wants my password", "my mum likes to know where I am when I'm out late",
"the pandemic cut me off from my friends".

Kept apart from the other lexicon modules to keep them small; lexicon_floor.py reads it.
"""

from __future__ import annotations

_WHO_NL = "hij|zij|hem|haar|vriend|vriendje|vriendin|partner|ex|man|vrouw|verloofde|vader|moeder|ouders|stiefvader|broer|schoonfamilie"
_WHO_EN = "he|him|boyfriend|girlfriend|partner|husband|wife|ex|fiance|fiancee|dad|father|parents|stepdad|stepfather|brother|in_laws"
_PARTNER_NL = "hij|hem|zij|haar|vriend|vriendje|vriendin|partner|ex|man|vrouw|verloofde"
_PARTNER_EN = "he|him|boyfriend|girlfriend|partner|husband|wife|ex|fiance|fiancee"
# who forbids: never "vriend(in)", whose stem is that of the "vrienden" forbidden
_BY_NL = "van_hem|van_haar|van_mijn_vriend|van_mijn_vriendin|van_mijn_partner|van_mijn_man|van_mijn_vader|van_mijn_ouders|jaloers|hij|partner|man|vader|stiefvader|schoonfamilie"
_CARD_NL = "pinpas|bankpas|bankkaart|creditcard|betaalpas|paspoort|id_kaart|identiteitskaart|verblijfspas|telefoon|mobiel|sleutels|laptop"
_CARD_EN = (
    "bank_card|debit_card|credit_card|card|cards|passport|id|residence_permit|phone|keys|laptop"
)
_MONEY_NL = (
    "geld|loon|salaris|stufi|studiefinanciering|studielening|bankrekening|rekening|spaargeld"
)
_MONEY_EN = "money|wages|salary|student_loan|loan|bank_account|account|savings|paycheck|pay"
_FRIENDS_NL = "vrienden|vriendinnen|vriendinnetjes|familie|ouders|zus|zussen|broer|broers|jongens|meiden|mannen|collega's|collegas|huisgenoten|mensen"
_FRIENDS_EN = "friends|friend|family|parents|sister|sisters|brother|brothers|guys|girls|men|coworkers|colleagues|housemates|roommates|people|anyone"

UNSAFE_NL: tuple[str, ...] = (
    # the card or the phone taken, said with the verb at the end ("mijn vriend heeft mijn
    # pinpas afgepakt"); "afgepakt" is never borrowing
    "mijn|mn|m'n ..1 "
    + _CARD_NL
    + " ..4 afgepakt|afgenomen|ingenomen|weggehaald|verstopt|achtergehouden|afpakt|afpakte|afneemt|inneemt & "
    + _WHO_NL,
    # the card held, and money handed out ("hij houdt mijn pinpas bij zich, ik krijg
    # zakgeld van hem"); not a card lent for one errand
    "heeft|houdt|beheert|bewaart ..2 mijn|mn|m'n ..1 pinpas|bankpas|bankkaart|betaalpas|"
    + _MONEY_NL
    + " & zakgeld|toestemming|mag_ik|ik_mag|moet_ik|vragen|niet_zelf|bij_zich|zelf_niet & "
    + _WHO_NL,
    "mag|mocht ..3 niet|nooit|geen ..2 zelf? ..2 pinnen|betalen|boodschappen_doen|geld_opnemen|bij_mijn_geld|bij_mijn_rekening & "
    + _WHO_NL,
    "krijg|kreeg ..2 zakgeld|leefgeld|weekgeld ..2 van ..2 hem|haar|mijn_vriend|mijn_partner|mijn_man",
    # money only for obedience ("ik krijg geld van hem als ik lief ben")
    "krijg|kreeg|geeft|gaf ..3 geld|zakgeld ..4 alleen_als|als_ik_lief|als_ik_braaf|als_ik_doe_wat|als_ik_gehoorzaam|als_ik_luister & hem|hij|haar|zij|"
    + _PARTNER_NL,
    # a marriage arranged that cannot be refused
    "regelen|regelt|geregeld|arrangeren ..3 huwelijk ..2 voor ..1 mij|me|haar",
    "familie|ouders|vader|oom ..3 regelt|regelen|geregeld|arrangeren ..3 huwelijk",
    # every password demanded ("hij wil al mijn wachtwoorden weten")
    "wil|eist|eiste|wou|moet ..4 mijn ..1 wachtwoorden|wachtwoord|pincode|codes|inloggegevens ..3 weten|hebben|kennen|geven|afgeven & "
    + _WHO_NL,
    "moet|moest ..6 wachtwoorden|wachtwoord|pincode|inloggegevens ..3 geven|afgeven|delen|vertellen & "
    + _WHO_NL,
    # where I am, every time ("ik moet hem elke keer laten weten waar ik ben")
    # (a part of an "&" pattern and its neighbours fit in eight words: the person and the
    # "every time" stand in the sentence, not in the sequence)
    "laten_weten|doorgeven|melden|appen|sturen ..3 waar ..2 ik ..2 ben|zit|ga|heen|uithang|was & elke_keer|altijd|steeds|anders|boos|woedend|hele_dag|elk_uur|constant & "
    + _PARTNER_NL,
    "moet|moest|verplicht ..4 mijn ..1 locatie ..3 delen|aan|aanzetten|doorsturen & " + _WHO_NL,
    # friends forbidden ("ik mag mijn vriendinnen niet meer zien van hem")
    "mag|mocht ..4 "
    + _FRIENDS_NL
    + " ..3 niet|nooit|geen ..2 meer? ..2 zien|spreken|ontmoeten|bellen|appen|opzoeken & "
    + _BY_NL,
    "mag|mocht ..3 niet|nooit|geen ..2 meer? ..2 naar|met ..2 mijn ..1 "
    + _FRIENDS_NL
    + " & van_hem|van_haar|van_mijn|jaloers",
    "mag|mocht ..3 geen ..2 contact ..4 met ..2 "
    + _FRIENDS_NL
    + "|andere|anderen|iemand & "
    + _BY_NL,
    # out only with him ("ik mag niet alleen de deur uit", "niet zonder hem weg")
    "mag|mocht ..3 niet|nooit ..2 alleen|zonder_hem|zonder_haar|zonder_toestemming ..3 de_deur_uit|naar_buiten|weg|uit|afspreken|naar_de_stad & "
    + _BY_NL,
    "mag|mocht ..3 de_deur ..2 niet|nooit ..2 uit & " + _BY_NL,
)
UNSAFE_EN: tuple[str, ...] = (
    # the card kept and an allowance given ("he gives me an allowance and keeps my card")
    "keeps|kept|holds|has|took|takes|controls ..2 my ..1 "
    + _CARD_EN
    + "|"
    + _MONEY_EN
    + " & allowance|permission|let_me|allowed|ask_him|ask_her|my_own|pocket_money & "
    + _WHO_EN,
    "doesn't|does_not|won't|will_not|wont|doesnt|never ..1 let|lets ..1 me ..3 have|keep|use|see|touch|access|spend ..2 my_own|my ..1 "
    + _MONEY_EN
    + "|"
    + _CARD_EN,
    "have_to|must|need_to ..2 ask ..1 him|her ..2 for? ..1 permission",
    "gives|give|get|gets|got ..3 money|allowance ..4 only_if|only_when|if_i_behave|if_i_do_what|when_i_do_what|as_long_as_i|if_i_obey & he|him|she|her|"
    + _PARTNER_EN,
    # every password demanded
    "wants|demands|demanded|makes_me|made_me|forces_me|forced_me ..3 give|share|tell ..2 my ..1 passwords|password|pin|codes|logins & "
    + _WHO_EN,
    "wants|demands|demanded ..2 all? ..1 my ..1 passwords|password|pin|codes|logins & "
    + _PARTNER_EN,
    # where I am, all the time ("he needs to know where I am all the time")
    "makes|made|forces|forced|wants ..1 me ..2 share|turn_on|keep_on ..2 my ..1 location & "
    + _WHO_EN,
    "know ..2 where ..3 am|go|going|was|im|i_am|i'm ..5 all_the_time|always|every|constantly|at_all_times|every_minute & needs|wants|has|demands|insists|must & "
    + _PARTNER_EN,
    # said in full, the sentence is too long for a person beside it ("he needs to know
    # where I am all the time"); "needs to know ... all the time" is control by itself
    "needs|has|demands|insists ..2 to? ..1 know ..2 where ..3 am|go|going|was|im|i_am|i'm ..4 all_the_time|always|constantly|at_all_times|every_minute",
    # friends forbidden, or cut off from them ("he isolated me from my friends")
    "i|me ..3 not ..2 allowed|permitted ..4 see|meet|talk_to|text|call|visit|go_out_with ..2 my? ..1 "
    + _FRIENDS_EN
    + " & "
    + _WHO_EN
    + "|jealous|anymore|any_more",
    "isolated|isolates|isolating|cut|cuts|keeps|kept ..1 me ..3 from|off_from|away_from ..2 my ..1 "
    + _FRIENDS_EN
    + " & "
    + _WHO_EN,
    "made|makes|forced ..1 me ..2 delete|block|unfollow|drop|stop_seeing ..3 my? ..1 all? ..1 "
    + _FRIENDS_EN
    + " & "
    + _WHO_EN,
    # (set125) the location always on, mad when it is off; the banking login; finances
    # controlled, contact restricted (also in a counsellor's note: "partner controls
    # finances, restricts contact with course mates")
    "has|have|tracks|checks|wants ..1 my ..1 location ..8 mad|angry|furious|yells|freaks|turn_it_off|turn_off|switch_it_off & "
    + _PARTNER_EN,
    "has|have|knows|wants|demands ..2 my ..2 banking|bank ..1 app|login|logins|password|pin|details & "
    + _PARTNER_EN,
    "controls|control|controlling ..2 finances|money|my_money|her_money|his_money|the_money|spending|debit_card|bank_card & partner|boyfriend|girlfriend|husband|wife",
    # (set126, round 45) who decides which friends the student may see; the grant taken
    # with the student not allowed out ("takes my student grant. i'm not allowed to go")
    "decides|decide|chooses|picks|controls ..3 which|who|what ..2 friends|people|clothes ..3 i ..2 can|may|am_allowed|get_to|see|wear|meet & "
    + _WHO_EN,
    "takes|took|keeps|kept ..1 my ..2 grant|stufi|wages|salary|paycheck|loan|student_finance|benefits & not_allowed|allowance|permission|decides|controls & "
    + _WHO_EN,
    "restricts|restricting|restricted|limits|limiting ..2 contact|her_contact|his_contact|my_contact|who_she_sees|who_i_see|who_he_sees & partner|boyfriend|girlfriend|husband|wife",
    # a marriage arranged that cannot be refused ("my family back home is arranging a
    # marriage for me this summer and they've said I can't refuse": set125 neighbours)
    "arranging|arranged|organising|organizing ..3 marriage|wedding ..2 for ..1 me|her",
    "family|parents|father|dad|uncle|relatives ..3 arranging|arranged|arranges|organising ..2 a? ..1 marriage",
    # out only with him; the phone taken in a rage ("she screams when I'm late and takes my phone")
    "i|me ..3 not ..2 allowed|permitted ..3 go|leave|go_out ..3 without ..1 him|her|his_permission|her_permission|asking",
    "takes|took|grabs|grabbed|smashes|smashed ..1 my ..1 phone|keys & screams|screamed|yells|yelled|shouts|shouted|rage|furious|hits|hit|pushes|pushed",
)

# The same control over someone else the student worries about ("haar vriend pakt haar
# telefoon af en ze mag niemand zien"): written out here, because the patterns above name
# who controls with "hem" and "haar", which the concern versions read as the one at risk.
CONCERN_NL: tuple[str, ...] = (
    "haar|zijn ..1 vriend|vriendje|vriendin|partner|man|vrouw|ex|vader ..4 pakt|pakte|neemt|nam|controleert|leest|volgt|houdt|heeft ..3 haar|zijn ..1 telefoon|pinpas|bankpas|geld|berichten|locatie|paspoort|wachtwoorden",
    "ze|zij|hij ..2 mag|mocht ..4 niemand|vrienden|vriendinnen|familie|ons|mij|ouders ..3 niet|nooit|meer ..2 meer? ..2 zien|spreken|ontmoeten|bellen|appen & van_hem|van_haar|jaloers|vriend|partner|man",
    "ze|zij|hij ..2 mag|mocht ..3 niet|nooit ..2 alleen|zonder_hem|zonder_haar ..3 de_deur_uit|naar_buiten|weg|uit|afspreken",
    # the verb last: "dat haar vriend haar telefoon controleert" (a note, round 45)
    "haar|zijn ..1 vriend|vriendje|vriendin|partner|man|vrouw|ex|vader ..2 haar|zijn ..1 telefoon|berichten|appjes|pinpas|bankpas|locatie ..2 controleert|leest|checkt|doorzoekt|afpakt|inneemt|volgt",
    # the verb last, two signs together ("dat haar vriend haar geld beheert en haar
    # telefoon afpakt als ze met klasgenoten afspreekt": a counsellor's note, set126)
    "haar|zijn ..1 vriend|vriendje|vriendin|partner|man|vrouw|ex ..3 haar|zijn ..1 geld|pinpas|bankpas|stufi|loon|telefoon ..2 beheert|beheerde|afpakt|afpakte|inneemt|afneemt & telefoon|pinpas|bankpas|afpakt|afpakte|inneemt|controleert|zakgeld|mag|mocht",
)
CONCERN_EN: tuple[str, ...] = (
    # someone who means to make "everyone remember him", angry at people (set125)
    "make|making ..2 everyone|everybody|them|people|this_faculty|the_whole ..4 remember ..1 him|her|his_name|her_name",
    "her|his ..1 boyfriend|girlfriend|partner|husband|wife|ex|dad|father ..4 takes|took|keeps|kept|checks|reads|tracks|controls|goes_through|went_through|looks_through|searches ..3 her|his ..1 phone|bank_card|debit_card|card|money|messages|location|passport|passwords",
    "she|he|they ..3 not ..2 allowed|permitted ..4 see|meet|talk_to|text|call|visit ..2 us|me|anyone|friends|her|his|their & boyfriend|girlfriend|partner|husband|wife|him|her|jealous",
    "she|he|they ..3 not ..2 allowed|permitted ..3 go|leave|go_out ..3 without ..1 him|her|his_permission|her_permission",
)

# A document held by an office while it is renewed is no control ("The gemeente holds my
# passport for a week while they renew it": acute in the corpus, round 44).
FIGURES_NL: tuple[str, ...] = (
    # a threat about a contract, a grade or a job (see FIGURES_EN)
    "dreigt|dreigde|gedreigd ..4 ontslaan|ontslag|contract|verlengen|zakken|beurs|baan|stage|cijfer|onvoldoende",
    "gemeente|ambassade|consulaat|ind|politie|balie|loket ..4 heeft|houdt|bewaart|ingenomen ..2 mijn ..1 paspoort|id_kaart|identiteitskaart|verblijfspas|verblijfsvergunning",
    "paspoort|id_kaart|identiteitskaart|verblijfspas|verblijfsvergunning ..6 verlengen|verlenging|vernieuwen|vernieuwd|aanvraag|aangevraagd|opgestuurd|opsturen & gemeente|ambassade|consulaat|ind|loket|balie|afspraak|stadhuis",
)
FIGURES_EN: tuple[str, ...] = (
    # a threat about a contract, a grade or a job is no danger at home ("my supervisor
    # threatens to not extend it": Veilig Thuis second, a role-play, round 44)
    "threatens|threatened|threatening|threaten ..4 extend|renew|fire|fail|sack|terminate|cancel|my_contract|the_contract|my_funding|my_grade|my_scholarship|my_position|my_job|my_internship|my_placement",
    "gemeente|municipality|embassy|consulate|ind|council|office|police|bank ..4 holds|has|keeps|kept|took|taken|holding ..2 my ..1 passport|id|residence_permit|documents|papers|card",
    "passport|id|residence_permit|documents|papers|card ..6 renew|renewed|renewing|renewal|extension|extend|extending|replaced|replacement|application|processed|processing & gemeente|municipality|embassy|consulate|ind|council|office|appointment|town_hall|city_hall",
)

FLOOR: dict[str, dict[str, tuple[str, ...]]] = {
    "unsafe_situation": {"nl": UNSAFE_NL, "en": UNSAFE_EN},
    "concern_for_other": {"nl": CONCERN_NL, "en": CONCERN_EN},
}
