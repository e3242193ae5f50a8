"""Words that frame a risk word as a topic, not as the student's own: a study or work
frame ("scriptie over zelfmoordpreventie"), fiction and media ("in the novel the main
character ..."), a group of others ("people with suicidal thoughts"). Part of lexicon.py,
kept apart to keep modules small; textframe.py reads them.
"""

from __future__ import annotations

from steunwijzer.core.patternwords import word_set

# --- a study or work frame: talking about the topic, not about oneself ------------------
FRAME_WORDS = word_set(
    "scriptie thesis essay paper papers verslag onderzoek research project presentatie "
    "presentation artikel article boek book film movie documentaire documentary serie series "
    "podcast novel novels roman gedicht poem cursus course training workshop werkstuk opdracht "
    "assignment college lecture hoorcollege les lesson module vak literatuur literature "
    "statistiek statistics cijfers data dataset theorie theory enquete survey stage internship "
    "vrijwilliger vrijwilligerswerk volunteer volunteering debat debate nieuws news lied song "
    "bachelorscriptie masterscriptie dissertation report rapport case casus tentamenvraag story "
    "proefschrift promotieonderzoek dissertatie "  # a doctorate (set91, round 28)
    "schrijf schrijven lees lezen studeer bestudeer bestuderen write writing read reading "
    "study studying researching learn learning teach teaching learned leerden geleerd "
    "discussed besproken bespraken behandeld songtekst songteksten lyrics liedtekst "
    "slides sheets collegeslides aantekeningen samenvatting summary tentamenstof "  # round 10
    "leren leer behandelen behandelt bespreken bespreekt "  # "moeten we leren over" (r27)
    # a campaign, a practical, a group assignment (round 11: "een campagne rond seksueel
    # grensoverschrijdend gedrag", "our pharmacology practical ... the lethal dose")
    "campagne campaign voorlichting groepswerk groepsopdracht practicum practical "
    "poster posters flyer flyers infographic burgerschap "  # MBO citizenship (set115, r37)
    "pharmacology farmacologie toxicology toxicologie "
    # a sermon, a theology essay (set55: "de preek ging over 'sterven aan jezelf'")
    "preek preken sermon khutbah theologie theology godsdienst religiewetenschappen "
    # a quiz, a briefing, poems (round 22: "briefing was all about overdoses"); someone who
    # talks about it is no frame (TALKING: "a girl in my seminar group talks about ...")
    "briefing instructie quiz poems gedichten monoloog monologue seminar werkcollege "
    # a piece to perform (set71: "our dance piece is about grief and loss")
    "songs liederen liedjes liedje piece voorstelling performance choreografie choreography "
    "dansstuk"
    # an elective on a subject, a thriller or horror story (set85, round 26: "the
    # elective on Domestic Violence and the Law", "a thriller in which a student is
    # stalked")
    " elective electives keuzevak keuzevakken thriller"
    # a guideline asked about, a police officer's stories (set93, round 29: "wat volgens
    # de richtlijn het verschil is tussen zelfbeschadiging en suïcidaal gedrag")
    " richtlijn richtlijnen guideline guidelines stories"
    # sources asked for a course (set171, round 53: "good sources on death wishes in
    # Islamic ethics")
    " sources bronnen"
    # a tutorial group, as "werkcollege" (set171: "in de werkgroep hadden we het over
    # eergerelateerd geweld in de rechtspraak")
    " werkgroep werkgroepen"
)
# (A discipline named as the course, "Voor psychopathologie moet ik het verschil
# uitleggen tussen zelfbeschadiging en suïcidaal gedrag" (set96), was tried as a frame
# word in round 30 and dropped: "bij criminologie ging het over verkrachting binnen
# relaties en toen pas drong het tot me door wat mijn ex met me deed" lost its
# disclosure.)
# A course named right before its title: "the elective 'Death and Dying in Modern
# Society'", "de minor Dood en Rouw" (a student desk's webform, round 18).
COURSE_WORDS = word_set(
    "vak minor keuzevak keuzemodule module cursus course elective seminar werkgroep "
    "hoorcollege lecture workshop lezing"
)
# What an institution offers, asked for: "is er een training over faalangst", "a workshop
# on self confidence" were set aside as a topic, and the request read as nothing (blind
# sets of intake forms, round 27). For a need that is not acute only, and not when the
# student gives or organises it ("ik geef een workshop over stress").
OFFERED_WORDS = word_set(
    "training trainingen workshop workshops cursus cursussen course courses groep group "
    "groups gespreksgroep lotgenotengroep webinar webinars bijeenkomst bijeenkomsten "
    "session sessions sessie sessies spreekuur programma programme program coaching"
)
# ... asked for: said with a wish or a question before it, and not as one that was had
ASKING_WORDS = word_set(
    "zoek zoeken zocht wil wilde willen graag zou zouden kan kun kunnen mag jullie is zijn "
    "there any you want wanted would like looking look need needs interested interesse "
    "aanmelden aanmeld inschrijven inschrijf sign register join joining meedoen volgen "
    "follow take taking doen bestaat exists available beschikbaar aanbod offer offers "
    "recommend aanraden"
)
HAD_WORDS = word_set(
    "gehad gevolgd gedaan had got attended took kregen kreeg kregen vond found was were "
    "afgelopen vorige last gisteren yesterday"
)
GIVING_WORDS = word_set(
    "geef geeft gaf geven gegeven give gives gave giving given organiseer organiseren "
    "organiseert organiseerde organise organize organising organizing organised organized "
    "host hosts hosting hosted leid leidt leiden lead leads leading begeleid begeleiden "
    "teach teaches teaching taught ontwikkel ontwikkelen develop developing designing "
    "ontwerpen ontwerp schrijf schrijven write writing evaluate evalueren evalueer"
)
# "helping people with suicidal thoughts": a group of others, then "with", then the words.
GROUP_WORDS = word_set(
    "mensen people patients patienten clients clienten jongeren youngsters teenagers "
    "adolescents kinderen children students studenten others anderen veterans teens tieners"
    # one client or patient in an exercise (set93, round 29: "een veiligheidsplan maken
    # voor een fictieve cliënt met suïcidale gedachten")
    " client cliënt patient patiënt patiente patiënte"
)
FRAME_LINKS = word_set(
    "over about on into naar rond rondom omtrent regarding concerning betreffende "
    # "for my thesis I am analysing self-harm data", "we calculated the lethal dose"
    "analysing analyzing analyse analyseer analyseren calculated calculate berekenden "
    # a course that teaches to recognise or to practise ("in our nursing course we learn
    # to recognise the signs of an overdose", "bij de EHBO-cursus oefenen op een pop";
    # round 12)
    "recognise recognize recognising recognizing herkennen herken herkent "
    "oefenen oefende oefenden geoefend practise practice practised practiced practising "
    # "our toxicology module covers overdose management" (round 13)
    "covers covered covering "
    # "comparing how islam and christianity view suicide" (set55)
    "comparing compare compares vergelijk vergelijken vergelijkt"
    # the difference between two things a guideline names (set93, round 29)
    " tussen between"
    # people interviewed for a thesis ("voor mijn scriptie interview ik nabestaanden na
    # suïcide": set107, round 33)
    " interview interviewen interviewde interviews interviewing interviewed"
    # researched as the verb: "voor mijn scriptie onderzoek ik suïcidale gedachten bij
    # studenten" and "... onderzoek ik doxxing bij streamers" were acute (round 67's
    # blind sets, set386 in round 68); the noun was a frame word only
    " onderzoek onderzoeken onderzoekt onderzocht bestudeer bestuderen bestudeert bestudeerd"
    " research researching researched investigate investigating investigated"
)
# A link that is a verb, its subject right after it in Dutch word order: "voor mijn
# bachelorproject analyseer ik afscheidsbrieven van martelaren" (set341, round 64).
DOING_LINKS = word_set("analyseer vergelijk interview bestudeer onderzoek")
FRAME_REACH = 9
# Fiction and media: "in the novel the main character takes his own life".
FICTION_WORDS = word_set(
    "hoofdpersoon personage personages hoofdrolspeler character characters protagonist "
    "hero heroine karakter verteller narrator villain schurk slechterik "
    "scene scène chapter hoofdstuk"  # "the part with Naoko's suicide" (round 10)
    # a proverb quoted ("saying" is also the verb: "he keeps saying he wants to die")
    " gezegde spreekwoord proverb idiom"
)
MEDIA_LEAD = word_set("in uit from het de the a een that die dat news")
MEDIA_WORDS = word_set(
    "boek book novel novels roman film movie serie series documentaire documentary podcast "
    "nieuws news artikel article krant newspaper story verhaal gedicht poem lied song game "
    "toneelstuk play nieuwsbericht krantenartikel episode aflevering"
    # round 25 (set82, set83): an album, a questionnaire to validate, a guest lecture
    " album albums vragenlijst questionnaire gastcollege gastles"
    # round 26 (set85): a thriller, a play ("horror" left out: "it was a horror")
    " thriller toneelvoorstelling"
    # round 62 (set307, set310): a song by another name, a show on stage ("die nieuwe
    # track gaat over dat ie niet meer wil leven", "in onze voorstelling speel ik een
    # meisje dat zichzelf snijdt")
    " track tracks liedje songtekst lyrics voorstelling voorstellingen musical opera"
)
# "postte een story", "put it on his story": a post of one's own, never a frame.
# "had op insta een verhaal staan met 'dit is de laatste keer ...'" (set293, round 61)
SOCIAL_MEDIA_WORDS = word_set("story stories post verhaal verhaaltje")
POSTING = word_set(
    "postte post posted posts posting postet posten plaatste plaatst plaatsen zette zet put shared "
    "sharing deelde deelt delen insta "
    "instagram snap snapchat tiktok whatsapp haar zijn zn his her their hun"
)
# Clinical work on a condition, not one's own: "the treatment of a paracetamol overdose",
# "the overdose protocol" (set26, round 12: nursing and pharmacology students).
CLINICAL_WORDS = word_set(
    "treatment behandeling behandelen management protocol protocollen richtlijn richtlijnen "
    "guideline guidelines antidote antidotes antidotum tegengif"
)
FRAME_AFTER = word_set(
    "protocol protocols protocollen richtlijn guideline guidelines "
    # "act out a suicide scene" (round 12)
    "scene scène scenes scènes "
    "preventie prevention awareness rates rate cijfers statistieken statistics research "
    "onderzoek literatuur literature laws law wet wetten wetgeving legislation policy beleid "
    # a clinical instrument named after the risk (round 22: "a suicide risk assessment
    # interview", "een suïcide-risicotaxatie", "de columbia suicide schaal", "self-harm
    # disclosure in schools")
    "risk risico risicotaxatie risicotaxaties assessment assessments screening scale scales "
    "schaal schalen disclosure vragenlijst vragenlijsten questionnaire questionnaires "
    # the course itself after its subject ("since the child abuse module"); not
    # "lectures": "keeps showing up outside my lectures" is stalking
    "module modules"
)
# ... for a risk only: a chapter of a course (set93, round 29: "we'll do the self-harm and
# suicide chapter on thursday"), not "my supervisor took credit for my chapter"; and not
# "case": "my rape case is in court" is the student's own
FRAME_AFTER_RISK = word_set(
    "chapter chapters hoofdstuk hoofdstukken management "
    # a course in handling it (set100, round 31: "the overdose reversal training with
    # naloxone", "een training suïcidepreventie")
    "reversal training trainingen workshop workshops "
    # the people cared for at work (set342, round 64: "we'd see a lot of self-harm
    # patients on night shift")
    "patients patiënten patienten"
)
# A legal or medical term: "assisted suicide", "hulp bij zelfdoding" is said elsewhere.
# A work that shows it ("analysing how the series portrays suicide", set120, round 41).
FRAME_BEFORE = word_set(
    "assisted geassisteerde geassisteerd portrays portray portrayed portraying depicts "
    "depict depicted depicting romanticises romanticizes romanticising romanticizing "
    "glamorises glamorizes uitbeeldt uitbeelden verbeeldt verbeelden verheerlijkt"
)
# A scene in a play ("de uitvaartscène nog één keer doorlopen", set94, round 29)
FRAME_PARTS = (
    "preventie", "prevention", "onderzoek", "statistiek", "cijfers", "research", "scène", "scene",
)  # fmt: skip

# --- a clinical word at work, on a placement or in an exam (textframe._work_scene) -------
SCENE_WORDS = word_set(
    "stage politiestage ambulancestage verpleegstage internship placement rotation coschap "
    "coschappen shift dienst nachtdienst apotheek pharmacy ambulance melding call exam examen "
    "tentamen toets patient patiënt patiente patiënte patients patiënten client cliënt "
    "bewoner resident werk work job "
    # a patient dying on a nursing placement (set56); not "afdeling" or "nursing": "my
    # grandma died on the ward", "in the nursing home" are a loss
    "verpleegkundestudent "
    # a drill at a police academy, the nursing course by its Dutch name (round 22);
    # never a loss of one's own (KIN_WORDS)
    "politieacademie scenariotraining rollenspel roleplay scenario drills verpleegkunde"
    # the emergency room by its Dutch name (set93, round 29: "vandaag op de SEH een
    # overdosis GHB binnen")
    " seh spoedeisende"
    # the courses that teach doses (set34, set66, round 31)
    " toxicologie farmacologie farmacotherapie toxicology pharmacology pharmacotherapy"
)
# ... the people cared for at work, when named right after the death
CARED_FOR = word_set(
    "patient patiënt patiente patiënte patients patiënten client cliënt clients cliënten "
    "bewoner bewoners resident residents"
)
CLINICAL_FINDING = word_set(
    "letale lethale "  # set34, set66 (round 31): "voor toxicologie alle letale doses leren"
    "dose doses dosis dodelijke lethal fatal geweld violence passed overleden overleed died stierf "
    "overlijden sterven palliatief palliatieve overlijdens"  # overlijdens: r29, set95
)
# Someone of one's own: a death beside an exam is a loss, not a scene at work ("exam
# tomorrow and my grandpa died last week", "tentamen morgen en mijn opa is vorige week
# overleden" were set aside as a work scene until round 22).
KIN_WORDS = word_set(
    "opa oma vader moeder mama papa pa ma broer zus broertje zusje oom tante neef nicht "
    "vriend vriendin vriendje vriendinnetje huisgenoot huisgenote partner stiefvader "
    "stiefmoeder grootvader grootmoeder zoon dochter hond kat poes "
    "grandpa grandma granddad grandad grandmother grandfather gran nan granny dad mum mom "
    "mother father brother sister uncle aunt cousin friend bestie boyfriend girlfriend "
    "roommate flatmate housemate stepdad stepmom stepmum stepfather stepmother son daughter "
    "dog cat "
    # a colleague or classmate who died at work is a loss too
    "collega colleague colleagues coworker klasgenoot classmate medestudent teamgenoot teammate"
)
# Someone speaking between a frame word and its link: a person, not a topic.
TALKING = word_set(
    "talks talked talking talk praat praatte praten spreekt sprak begint begon keeps kept"
)
# After a topic, the student's own turn: "denk ik er zelf ook steeds aan" (round 22).
OWN_TURN_ALONE = word_set("mezelf mijzelf myself")
OWN_TURN_TOO = word_set("ook too also")
DOSE_WORDS = word_set("dose doses dosis dodelijke lethal fatal")
EXAM_WORDS = word_set("exam examen tentamen toets practical practicum quiz")
TAKEN = word_set("took taken take taking nam neem neemt genomen slikte geslikt ingenomen swallowed")
DWELLING = word_set(
    "steeds constant constantly keep keeps kept denk dacht think thinking thought scares "
    "scared scary eng bang afraid tempting verleidelijk genoeg enough myself mezelf mijzelf "
    # a dose worked out for one's own body, in secret (set66: "bij farmacologie heb ik
    # stiekem de dodelijke dosis voor mijn eigen gewicht uitgerekend")
    "stiekem secretly eigen own"
)
# A text that says, before anything else, what the student does: a thesis, a placement,
# an essay, a training, a week they organise (long e-mails of an outsiders' set, round
# 21: "ik ben coassistent op de SEH ... een jonge vrouw na een suïcidepoging", "for my
# philosophy essay I'm writing on Camus ... suicide"). A bare topic word there is the
# topic (textframe.role_text).
ROLE_WORDS = word_set(
    "scriptie thesis essay dissertation masterscriptie bachelorscriptie afstudeerscriptie "
    "afstudeeronderzoek afstudeerproject onderzoeksvoorstel stage internship placement "
    "rotation coschap coschappen coassistent vrijwilliger volunteer mentortraining osce "
    "minor workshop organiseren organiseer organising organizing organise organize "
    "commissie committee bestuur board productie production clinic practicum practical "
    "werkstuk paper assignment opdracht "
    # a doctorate (set91, round 28: "Mijn proefschrift gaat over seksueel geweld")
    "proefschrift promotieonderzoek dissertatie"
)
# The names of a risk as a topic (the start of the folded word), and thoughts after them.
TOPIC_STEMS = (
    "suicid", "zelfmoord", "zelfdoding", "zelfbeschadig", "self", "harm", "stalk",
    "domestic", "violence", "huiselijk", "geweld", "seksueel", "sexual", "femicide",
)  # fmt: skip
THOUGHT_WORDS = word_set(
    "gedachten gedachte thoughts thought ideation urges urge neigingen plannen plans plan "
    "gevoelens feelings"
)
