"""Chat spelling, contractions and common misspellings, written out before matching
("kms", "mn", "idk", "nie meer"; see docs/vocabulary.md). Re-exported as lexicon.CHAT."""

from __future__ import annotations

# --- spelling: chat words and contractions, expanded before matching --------------------
CHAT: dict[str, str] = {
    # English
    "im": "i am", "i'm": "i am", "ive": "i have", "i've": "i have", "i'll": "i will",
    "i'd": "i would", "dont": "do not", "doesnt": "does not", "didnt": "did not",
    "cant": "can not", "cannot": "can not", "wont": "will not", "isnt": "is not",
    "arent": "are not", "wasnt": "was not", "werent": "were not", "havent": "have not",
    "hasnt": "has not", "hadnt": "had not", "wouldnt": "would not", "couldnt": "could not",
    "shouldnt": "should not", "aint": "am not", "wanna": "want to", "gonna": "going to",
    "gotta": "got to", "tryna": "trying to", "u": "you", "ur": "your", "r": "are",
    "ppl": "people", "bc": "because", "bcs": "because", "cuz": "because", "coz": "because",
    "cos": "because", "rn": "right now", "tn": "tonight", "tonite": "tonight",
    "2nite": "tonight", "2night": "tonight", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tmrrw": "tomorrow", "2moro": "tomorrow", "idk": "i do not know", "idc": "i do not care",
    "dunno": "do not know", "it's": "it is", "that's": "that is", "what's": "what is",
    "whats": "what is", "there's": "there is", "he's": "he is", "she's": "she is",
    "they're": "they are", "you're": "you are", "we're": "we are", "kms": "kill myself",
    "kys": "kill yourself", "selfharm": "self harm", "selfharming": "self harming",
    # a slip of two letters in a short word: "whats teh point" was nothing (a role-play, r69)
    "teh": "the", "hte": "the", "adn": "and",
    "anymore": "anymore", "gf": "girlfriend", "bf": "boyfriend", "mum": "mum", "uni": "uni",
    # emoji as tokens (textcontext._EMOJI): pills, knife, gun, blood, rope, grave, coffin
    "\U0001f48a": "pills", "\U0001f52a": "knife", "\U0001f52b": "gun", "\U0001fa78": "blood",
    "\U0001faa2": "rope", "\U0001faa6": "grave", "\u26b0": "coffin",
    # laughing faces are laughter, as "haha" is (round 67: "my dad's gonna kill me when he
    # sees this parking fine 😂" was a threat, urgency immediate)
    "\U0001f602": "haha", "\U0001f923": "haha", "\U0001f605": "haha", "\U0001f606": "haha",
    "\U0001f639": "haha",
    "w/o": "without", "w/": "with", "wo": "without", "pls": "please", "abt": "about",
    "smth": "something",
    "sm1": "someone", "every1": "everyone", "no1": "no one", "nobodys": "nobody",
    "sewerslide": "sewer slide", "suicidial": "suicidal", "suiside": "suicide",
    "suicde": "suicide", "sucide": "suicide", "sucidal": "suicidal", "suisidal": "suicidal",
    "suicidel": "suicidal", "suacide": "suicide", "suiced": "suicide", "myslef": "myself",
    "diee": "die",  # "i want to diee" (round 16)
    "zelfmord": "zelfmoord", "zelmoord": "zelfmoord", "zelfmoorgedachten": "zelfmoordgedachten",
    "zelfbeschading": "zelfbeschadiging", "zelfbeschadeging": "zelfbeschadiging", "mzelf": "mezelf",
    "mzlf": "mezelf", "slefharm": "self harm", "kil": "kill", "lfe": "life", "idw": "i do not want",
    "idwt": "i do not want to", "ded": "dead",
    # "my dad ... said hes gonna kill me" (an outsiders' set, round 21)
    "hes": "he is", "shes": "she is",
    # hashtags and words run together, as posted (an outside test, round 6)
    "killmyself": "kill myself", "iwanttodie": "i want to die", "wanttodie": "want to die",
    "iwannadie": "i want to die", "wannadie": "want to die", "endmylife": "end my life",
    "hurtmyself": "hurt myself", "cutmyself": "cut myself", "imdone": "i am done",
    "suicidalthoughts": "suicidal thoughts", "ikwildood": "ik wil dood",
    "ikwilnietmeer": "ik wil niet meer", "ikwilnietmeerleven": "ik wil niet meer leven",
    # Dutch
    "k": "ik", "'k": "ik", "kwil": "ik wil", "kben": "ik ben", "kzie": "ik zie",
    "kheb": "ik heb", "kga": "ik ga", "kan't": "kan niet", "m'n": "mijn", "mn": "mijn",
    "z'n": "zijn", "zn": "zijn", "d'r": "haar", "'t": "het", "t": "het", "ff": "even",
    "nie": "niet", "ni": "niet", "nt": "niet", "nii": "niet", "wrm": "waarom",
    "waarm": "waarom", "mss": "misschien", "wss": "waarschijnlijk", "wrs": "waarschijnlijk",
    "gwn": "gewoon", "gewn": "gewoon", "nx": "niks", "nix": "niks", "da": "dat",
    "egt": "echt", "ech": "echt", "iedereen": "iedereen", "zelfmoordt": "zelfmoord",
    "doodgaan": "dood gaan", "doodgaat": "dood gaat", "doodga": "dood ga", "zo'n": "zo een",
    "nie meer": "niet meer", "kvind": "ik vind", "kweet": "ik weet", "kmoet": "ik moet",
    "kkan": "ik kan", "kvoel": "ik voel", "kdenk": "ik denk", "meer": "meer",
    "der": "er", "'r": "er", "et": "het", "da's": "dat is", "wa": "wat", "gene": "geen",
    # Limburgish and Flemish ("ich weit 't neet mieë": an outsiders' set, round 15)
    "neet": "niet", "mieë": "meer", "mieër": "meer", "ich": "ik", "dink": "denk",
    "nimmer": "niet meer",
    # "Mien pap is weer gedronke en hae haet mien mam geslage" (set287, round 61)
    "mien": "mijn", "hae": "hij", "geslage": "geslagen", "sleit": "slaat",
    "gedronke": "gedronken", "haet": "heeft",
    # Gronings and Frisian ("k wil der nait meer wezen", "ik wil der net mear weze": an
    # outsiders' set, round 18); "wezen"/"weze" is "zijn" there, not "a being"
    "nait": "niet", "nijt": "niet", "mear": "meer", "weze": "zijn", "wezen": "zijn",
    # words run together or spelt by ear (set90, round 28: "dat ik gewoon nietmeer
    # wakker wordt", "sexual assult", "my roomate took way to many pills")
    "nietmeer": "niet meer", "nooitmeer": "nooit meer", "nietmer": "niet meer",
    "assult": "assault", "asault": "assault", "roomate": "roommate", "roomates": "roommates",
    "housmate": "housemate", "flatemate": "flatmate",
}  # fmt: skip

# A dropped final "g" ("killin myself", "thinkin about dyin"; set26, round 12): the
# "-in" spelling of the English "-ing" words the vocabulary reads. None of these spellings
# is a Dutch or English word of its own.
_ING = """
    killing dying cutting ending hurting jumping hanging thinking trying living wanting
    feeling breathing stabbing slitting burning overdosing going doing nothing something
    planning saving hoarding leaving taking swallowing drowning bleeding crying sleeping
    waking hoping wishing falling driving walking standing sitting staring looking
    searching googling writing giving saying telling getting starting stopping losing
    drinking using scratching punching hitting choking strangling following threatening
    existing counting driving coming running screaming shaking panicking smoking vomiting
    starving purging gambling suffocating disappearing vanishing worrying struggling
    failing breaking praying begging pretending hiding numbing spiralling spiraling
"""
CHAT.update({word[:-1]: word for word in _ING.split()})
CHAT.update({"zmgedachten": "zelfmoordgedachten", "zmpoging": "zelfmoordpoging"})
