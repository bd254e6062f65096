"""Every word list of the parse, in one place. Data only; the rules are in actors.py, clauses.py, who.py,
sanctions.py, quotes.py, events.py and positions.py.

Each set says what it means. Related sets are built from each other, so that a word added to one reaches
every reader it belongs to: a verb of imposing is also a verb whose agent supports sanctions, a verb of
lifting one whose agent opposes them, a verb of meeting one that makes a CONSULT event.
Lemmas are lower case, as spaCy's lemmatizer gives them.
"""
from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """A set from white-space separated words (multi-word entries use '_' for a space)."""
    return frozenset(w.replace("_", " ") for w in text.split())


# ------------------------------------------------------------------------------------------------ actors
# Words that make a phrase a person's title (a premodifier 'Russian Ambassador X' or an appositive 'X, the envoy').
TITLE_WORDS = frozenset("""
president vice-president premier prime minister ministers secretary ambassador envoy diplomat spokesman spokeswoman
spokesperson leader chancellor king queen prince princess emperor governor senator sen. rep. representative
congressman congresswoman general gen. admiral commander chief head chairman chairwoman chair director
negotiator adviser advisor counselor deputy vice foreign defense defence finance treasury interior state
lawmaker official officer mayor speaker judge justice attorney ayatollah sheikh emir pope cardinal monarch
founder ceo executive correspondent analyst economist professor dr. delegate delegation commissioner
coordinator lt. col. colonel captain major marshal consul attache attaché undersecretary under-secretary
counterpart
""".split())

# Nouns that head a title (modifiers such as 'foreign' or 'deputy' are not enough on their own).
TITLE_HEADS = TITLE_WORDS - frozenset("""foreign defense defence finance treasury interior state deputy vice special
senior chief acting former first""".split())

# Head nouns of a title: the word a role mention ('the Russian envoy', 'the minister') is matched on.
ROLE_HEADS = {
    "envoy": {"envoy", "ambassador", "diplomat", "representative", "negotiator"},
    "ambassador": {"ambassador", "envoy"},
    "diplomat": {"diplomat", "ambassador", "envoy", "minister"},
    "minister": {"minister"},
    "president": {"president"},
    "premier": {"premier", "prime minister"},
    "leader": {"leader", "president", "chairman"},
    "spokesman": {"spokesman", "spokesperson", "spokeswoman"},
    "spokeswoman": {"spokeswoman", "spokesperson", "spokesman"},
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman"},
    "secretary": {"secretary"},
    "chancellor": {"chancellor"},
    "negotiator": {"negotiator", "envoy"},
    "senator": {"senator"},
    "general": {"general"},
}

# Honorifics before a name: dropped from the name, kept as a hint.
HONORIFICS = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gen|Lt|Col|Adm|Gov|Maj|Brig|Capt|Cmdr|Sgt|Sir|Dame|Prof|Pres|President|Premier|"
                        r"Spokeswoman|Spokesman|Spokesperson|Envoy|Commissioner|Director|Governor|Marshal|Crown Prince|"
                        r"Prime Minister|Minister|Ambassador|Secretary|Chancellor|King|Queen|Prince|Princess|Pope|"
                        r"Sheikh|Ayatollah|Chairman|Comrade|Judge|Justice|Mayor|Speaker|Senator|Representative|"
                        r"General|Admiral|Colonel|Captain|Vice President|Deputy|Foreign Minister)\.?\s+")

# Heads of organisation names: a mention ending in one of these is an organisation of the country it names.
ORG_HEADS = frozenset("""
ministry department agency council office committee commission parliament assembly congress senate house
government cabinet administration embassy mission service services forces army navy military command court bank
party union league alliance organisation organization institute center centre foundation corporation company
group bureau authority staff presidency kremlin duma legislature delegation panel board
""".split())

# Entity texts that are never actors: calendar words, diseases, media furniture.
# Lower-case particles inside a person's name ('Ursula von der Leyen', 'Luiz Inacio Lula da Silva').
NAME_PARTICLES = words("von van der den de del della di da dos das du le la bin ibn al el ter")

# A state's legislature or cabinet after its name or demonym: 'US Senate', 'Russian Duma', 'Israeli Knesset', one body
# of that state even where the NER tags only the country (actors._join_demonym_places).
LEGISLATURE_WORDS = words("senate congress parliament house assembly cabinet legislature duma knesset majlis bundestag")

# a body of its own when named alone, never the short form of a longer name ('the House' is not 'the White House')
STANDALONE_BODIES = words("house congress parliament government cabinet")

NOT_ACTORS = re.compile(
    r"^(?:(?:on|last|this|next|early|late|since|until|by)\s+)?"                          # 'On Thursday'
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|"
    r"(?:photo\s*)?(?:credit)+|question|moderator|operator|q|audience|"                 # transcript labels
    r"covid(?:-19)?|coronavirus|sars-cov-2|ebola|hiv|aids|twitter|facebook|instagram|youtube|whatsapp|tiktok|"
    r"linkedin|telegram|home|national|print|share|login|advertisement|getty images|getty|shutterstock|"
    r"photo|video|newsletter|world war (?:one|two|i|ii|iii)|the west|west|east|europe|asia|africa)$",
    re.IGNORECASE,
)

# A photo credit run into a name: 'Jane Roe/Associated Press', 'John Doe/AFP via Getty Images'.
CREDIT_TAIL = re.compile(r"/\s*(?:The\s+)?(?:Associated Press|AP|AFP|Reuters|Getty(?: Images)?|EPA|Bloomberg|Xinhua|"
                         r"Sputnik|TASS|Yonhap|Anadolu|Pool|Shutterstock|Alamy|Redux|[A-Z][a-z]+ (?:Times|Post)|"
                         r"[A-Z]{2,5})\b")

# Words that may follow 'North'/'South' in a country epithet ('the North', 'the North's Foreign Ministry').
EPITHET = re.compile(r"\b[Tt]he (?P<side>North|South|East|West)\b(?!\s+(?:[A-Z]|Pole|Atlantic|Sea|China))")

# Demonym + role noun, for role mentions: 'the Russian envoy', 'the minister', 'the U.S. ambassador'.
ROLE_MENTION = re.compile(r"\b[Tt]he\s+(?:(?P<mod>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+)?(?P<role>"
                          + "|".join(sorted(ROLE_HEADS, key=len, reverse=True)) + r")\b(?!\s+(?:of|to|for)\b)")

# A country's role: "Russia's envoy", "China's foreign minister" (a person named beside it or just before).
POSSESSIVE_ROLE = re.compile(r"\b(?P<mod>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?:(?P<qual>chief|top|deputy|special|senior|"
                             r"foreign|defen[cs]e|prime)\s+)?(?P<role>" + "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
                             + r")\b")

# ------------------------------------------------------------------------------------------------ speech

# Verbs that report speech or writing: their subject is the speaker of what they introduce.
REPORTING_VERBS = words("""
say tell add state announce note claim insist argue warn explain stress emphasize emphasise declare report
confirm deny suggest acknowledge admit assert maintain reiterate repeat write tweet post comment remark
respond reply answer ask recall conclude indicate predict estimate observe mention disclose reveal
complain concede contend counter urge vow pledge promise threaten propose demand describe call quote
cite testify brief inform advise caution allege accuse blame criticize criticise slam denounce condemn blast
decry dismiss reject praise hail welcome laud question protest lament mock deride label term dub joke boast
speak express voice signal hint affirm reaffirm underline underscore highlight point proclaim
characterize characterise recount muse lash retort snap quip echo reckon believe think feel hope fear
""")

# Verbs of going on that report words only bare and beside a quotation ('"...," she continued').
CONTINUING_CUES = words("continue")
# Verbs of putting out a document: its agent speaks through it ('a statement issued by X').
ISSUING_VERBS = words("issue release publish sign write draft author send submit circulate post adopt")
# Verbs by which a document reports words, with the document as subject ('"...", read a statement by X').
DOCUMENT_VERBS = words("read")

# Reporting verbs that take a reported clause ('X said that ...'): the verbs of indirect speech.
INDIRECT_VERBS = words("""
say tell add state announce note claim insist argue warn explain stress emphasize emphasise declare report
confirm deny suggest acknowledge admit assert maintain reiterate repeat write tweet post remark respond reply
recall conclude indicate predict estimate observe mention disclose reveal complain concede contend counter
allege affirm reaffirm underline underscore proclaim testify inform caution believe think reckon
""")

# Nouns for a written or spoken text: 'the report said' speaks for the body that wrote it.
# Words for a body that a definite noun takes up from its earlier name ('the Ministry of Foreign Affairs ... the
# ministry said'), and words for any organisation ('Huawei ... the company added').
BODY_WORDS = words("ministry department commission council agency committee bureau office service court")
ANY_BODY = words("company firm group organisation organization bank lender carrier insurer movement party")
# Texts a body passes, whose content is what their passing stands for ('passed a bill that would impose sanctions').
LAW_NOUNS = words("bill legislation law act resolution draft amendment motion proposal package text measure")
# What a vote is on, when the vote names nothing ('The UK and France voted against').
VOTED_NOUNS = words("resolution draft bill motion proposal amendment text")
DOCUMENT_NOUNS = words("""
report statement letter summary communique communiqué document study resolution release declaration note
memo memorandum paper filing readout transcript assessment analysis survey review notice notification
post tweet message press_release
""")

# What '<place>-' before them says of a body: where it sits ('a Tehran-based bank' is Iranian), which is not who
# speaks or acts ('the Luxembourg-based court said' is not Luxembourg).
SEAT_SUFFIXES = words("based registered headquartered")
# Kinds of body an acronym after them names ('the regional bloc ECOWAS', 'the militant group HTS').
BODY_KIND_NOUNS = words("""bloc group party alliance organisation organization agency union militia movement coalition
body company firm bank lender insurer carrier broadcaster network agency regulator commission council""")
# Nouns that describe a named body beside its name ('gas giant Gazprom', 'Rosatom, the state nuclear company'): a
# name so described is an organisation, even one the NER took for a place.
ORG_DESCRIPTORS = BODY_KIND_NOUNS | ANY_BODY | words("""giant major maker carmaker conglomerate producer operator
utility exporter importer miner shipper outlet newspaper daily broadcaster corporation airline startup manufacturer
supplier retailer developer contractor fund platform monopoly champion subsidiary affiliate unit arm""")
# Nouns for a body or group that can speak or act without a name ('the panel said', 'officials said').
AGENT_NOUNS = words("""
panel ministry government committee commission council agency office department experts expert officials
official authorities authority spokesman spokeswoman spokesperson delegation team administration embassy
military army group organization organisation court parliament cabinet presidency regime leadership
investigators analysts observers diplomats diplomat sources source media service services bloc alliance
police prosecutors prosecutor regulators regulator customs
union senate congress house lawmakers legislators leaders members member states countries nations
arm wing branch executive
""")

# Roles that name the other side of their possessor: 'her Chinese counterpart' is never she.
OTHER_SIDE = words("counterpart counterparts rival rivals opponent opponents predecessor successor host guest")
# Nouns for a person by role ('the minister said'): a speaker the text has named before, by that role.
PERSON_NOUNS = words("""
minister president premier leader chancellor secretary ambassador envoy diplomat negotiator adviser advisor
chief head director chairman chairwoman chair governor senator lawmaker legislator mayor general commander
official executive lawyer analyst expert economist professor researcher witness resident activist
spokesman spokeswoman spokesperson representative counterpart
""")

# Nouns for a gathering that acts through those who gather ('a meeting of EU foreign ministers imposed').
GATHERING_NOUNS = words("meeting summit conference session gathering council assembly congress")
# Words of rank inside a title, never a body's name before one ('Supreme Leader', 'Chief Cabinet Secretary').
TITLE_RANK_WORDS = words("supreme cabinet chief deputy senior acting interim vice principal grand")
# Ranks that make an infinitive on 'be' an act done ('was the first to impose', 'among the last to join').
RANKS = words("first second third last only latest")
# Plural nouns for parties that a count names ('the two sides', 'both countries').
PARTY_GROUP_NOUNS = words("side country nation government delegation party state neighbour neighbor power")
# Plural nouns of parties whose members a phrase may list ('members including Poland', 'allies like Japan').
MEMBER_NOUNS = words("member ally partner economy democracy")
# Nouns that make their subject one of a group ('X is part of the coalition that ...', 'a member of').
MEMBERSHIP_NOUNS = words("member part one")
# Nouns standing for a state as a whole: "the country", "his own government", "the regime".
# A state's government named after its leader ('the Trump administration', 'the Modi government').
GOVERNMENT_NOUNS = words("administration government")
STATE_NOUNS = words("country nation government state regime administration authorities leadership")
# Nouns of a message or reaction, whose sender a capital after 'from' names ('a rebuke from Moscow').
RESPONSE_WORDS = words("""rebuke rebukes criticism response responses reaction reactions protest protests warning warnings
statement statements message messages call calls demand demands request requests praise pressure condemnation
retaliation objection objections complaint complaints backlash support opposition comment comments""")
# Words that count some of a group named after 'of' ('both of them', 'three of the members - A, B and C').
QUANTIFIERS = words("both all some most several many each either neither none")
# Nouns for a body of many states ('the bloc', 'the 27-nation bloc'): the international body just named.
GROUPS_OF_STATES = words("bloc alliance grouping union")

# Pronouns: person (with gender), group or thing, first person (the author of a quotation or statement).
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
THING_PRONOUNS = words("it its itself")
PLURAL_PRONOUNS = words("they them their theirs themselves")
GROUP_PRONOUNS = THING_PRONOUNS | PLURAL_PRONOUNS
FIRST_PERSON = words("i me my mine myself we us our ours ourselves")
RELATIVE_PRONOUNS = words("who whom whose which that")

# ------------------------------------------------------------------------------------------------ mood

# Auxiliaries of modality: what a clause under one of these only may, could or should happen.
MODALS = words("would could might may should shall can must 'd ’d")
# Auxiliaries and verbs of the future: the clause states an intention, not an event.
FUTURE = words("will 'll ’ll wo shall")
# Subordinators of condition: the clause is hypothetical.
CONDITIONS = words("if unless whether lest")
# Words opening a clause of condition, time or cause that another clause depends on.
SUBORDINATORS = CONDITIONS | words("when after before because as while until since once though although")
# Subordinators of time whose clause happens when its head does ('will sign deals when he holds talks on Friday').
TIME_MARKS = words("when after before until once")
# Verbs whose infinitive complement is only intended, expected or asked for ('plan to meet', 'urged X to join').
INTENT_HEADS = words("""
plan want seek hope expect aim intend prepare consider propose threaten vote push urge ask try need agree
offer ready due able willing set likely going decide call eager refuse decline fail avoid hesitate
reluctant vow pledge promise wish demand press encourage invite persuade tell order allow permit appeal
""")
# Nouns whose infinitive was carried out ('its decision to impose', 'the move to freeze'): others only intend it.
DONE_DECISIONS = words("decision move step")
# Words of declared readiness: 'is ready to impose', 'stands prepared to increase' take the stance now.
READINESS = words("ready prepared willing determined poised eager")
RELUCTANCE = words("reluctant unwilling hesitant loath loth")
# Attitudes a subject is said to hold toward sanctions ('remains skeptical of', 'is supportive of').
ATTITUDES = {**{w: -1 for w in words("skeptical sceptical critical wary opposed hostile averse resistant")},
             **{w: 1 for w in words("""supportive favourable favorable enthusiastic keen committed compliant open
                                       receptive amenable sympathetic""")}}
# Feelings about what a that-clause says happened: pleased that sanctions were imposed backs them, appalled that
# they were lifted backs them too ('was disappointed that Hungary had blocked the sanctions').
FEELINGS = {**{w: 1 for w in words("""pleased glad happy delighted relieved satisfied grateful thrilled encouraged
                                       heartened gratified""")},
            **{w: -1 for w in words("""appalled disappointed dismayed concerned worried alarmed outraged angry upset
                                        saddened troubled disturbed shocked frustrated sorry furious indignant
                                        incensed""")}}
# Participles read as passives that say what their subject holds ('is opposed to', 'is committed to').
ADJECTIVAL_PASSIVES = words("oppose commit dedicate devote")
# Verbs whose complement did happen ('went on to meet', 'managed to impose').
IMPLICATIVE_HEADS = words("manage go continue begin start get proceed move")
# Verbs that make the object of the main verb the subject of its infinitive ('urged Serbia to join').
OBJECT_CONTROL = words("""
urge ask call press push persuade encourage invite tell order allow permit force pressure lobby
""")
# Verbs whose 'into' names what is looked at ('opened an inquiry into Afghanistan', 'looked into the deal').
INQUIRY_VERBS = words("open launch look probe investigate inquire enquire delve dig")
# Words that negate a clause besides 'not' ('never imposed', 'no longer backs').
NEGATORS = words("not n't never no nor neither")

# ------------------------------------------------------------------------------------------------ sanctions

# Nouns that name sanctions themselves: a sentence holding one is about sanctions.
SANCTION_NOUNS = words("sanction sanctions embargo embargoes blacklist snapback snap-back")
# Multi-word names of sanctions.
SANCTION_PHRASES = ("asset freeze", "assets freeze", "freeze of assets", "freezing of assets", "travel ban",
                    "restrictive measures", "export controls", "secondary sanctions",
                    "visa restrictions", "visa ban", "arms embargo", "oil embargo", "import ban", "export ban",
                    "ban on imports", "ban on exports", "ban on the import", "ban on the export", "trade embargo",
                    "import restrictions", "export restrictions", "trade restrictions", "export control measures",
                    "coercive measures", "economic blockade", "financial blockade", "economic embargo",
                    "entity list", "export control list",   # sanctions lists: 'added 25 entities to its entity list'
                    "export curbs", "trade curbs", "export bans",
                    "maximum pressure", "economic aggression", "economic siege")   # a policy's and its target's names
# Two-word names whose second word is also a verb form ('freezes', 'bans', 'controls', 'curbs'): (first word, the
# second's lemma), from SANCTION_PHRASES, for the parse repair of 'asset freezes' read as a subject and its verb.
SANCTION_COMPOUNDS = frozenset((p.split()[0], p.split()[1].removesuffix("s")) for p in SANCTION_PHRASES
                               if p.count(" ") == 1 and p.split()[1].removesuffix("s")
                               in words("freeze ban control curb embargo blockade"))
# Nouns that stand for sanctions once the article has named them ('the measures', 'the package', 'the move').
STAND_INS = words("""
resolution measure package move decision notification restriction penalty designation listing embargo
control freeze reimposition step action ban prohibition blacklisting round tranche blockade
curb announcement proposal cap
""")
# Verbs that are sanctions when their object is a party or its assets ('designated six firms', 'froze
# the assets of'), in an article that names sanctions.
SANCTIONING_VERBS = words("""
sanction blacklist designate list freeze ban bar block penalize penalise target delist
""")
# Nouns for parties and their property that a verb of sanctioning targets ('designated six firms', 'barred two
# judges', 'blacklisted violent settlers'): bodies, people by role, and people by what they do.
PARTY_NOUNS = words("""
asset assets entity company firm individual person people bank vessel ship tanker official officer oligarch
businessman businessmen executive network organization organisation airline general operator owner trader shipper
insurer supplier producer exporter importer lender refiner refinery group
judge prosecutor member militant settler extremist smuggler trafficker hacker financier facilitator associate
relative family figure commander militia gang insider proxy
minister leader governor senator lawmaker legislator ambassador envoy diplomat chief head director chairman
""") | ANY_BODY
# Nouns of being entitled to act: whoever says another lacks one to act on sanctions takes the other side.
ENTITLEMENT_NOUNS = words("right authority power mandate competence jurisdiction legitimacy basis grounds")
# Nouns of a legal frame: 'property under U.S. jurisdiction' is not a U.S. party's.
JURISDICTION_NOUNS = words("jurisdiction law laws control authority custody rule")
# Words that make 'those' the people behind a wrong ('sanction those responsible', 'anyone involved').
CULPABLE = words("responsible involved complicit culpable accountable implicated")
# Verbs that restrict a party's trade ('cuts North Korea's oil imports'): sanctions in an article that names them.
TRADE_CUTTING = words("cut ban restrict curb cap limit halt slash reduce prohibit")
TRADE_BANS = words("ban embargo restriction curb cap prohibition")      # on a state's trade: sanctions
TRADE_NOUNS = words("import export trade sale supply shipment purchase imports exports sales supplies shipments")
# Goods a ban may be on, as a state's ('a ban on Russian LNG', 'an embargo on Iranian oil').
COMMODITY_NOUNS = words("""oil crude gas lng coal steel diamond diamonds gold grain fuel fertilizer fertiliser timber
aluminium aluminum uranium copper nickel seafood petroleum""")
# Of those, the ones that mean sanctions wherever they stand in an article that names sanctions ('designated').
NAMED_SANCTIONING = words("sanction blacklist designate delist")
# Verbs that are sanctions in any article, with their object: blacklisting anyone, freezing what a party owns
# ('froze the assets of three banks'), banning a state's trade ('banned imports of Russian oil').
ALWAYS_SANCTIONING = words("blacklist")
FREEZING = words("freeze unfreeze")
# Courts and their officers: what they freeze or ban is a court order, not sanctions.
JUDICIAL_NOUNS = words("court judge tribunal magistrate prosecutor justice")
ASSET_NOUNS = words("asset assets fund funds account accounts reserve reserves property properties holding holdings")
BANNING = words("ban prohibit embargo")
# Exemptions from sanctions, read once the article has named sanctions: acting on one is acting on their easing
# ('revoked the licence' tightens them, 'extended the waiver' eases them).
EXEMPTION_NOUNS = words("license licence waiver exemption carve-out carveout relief")
# Stand-ins that are sanctions without the word when aimed at a state or its party ('measures against Russia').
AIMED_STAND_INS = words("measure restriction penalty countermeasure counter-measure counter-sanction")
# Of those, the ones that answer sanctions when aimed at them ('countermeasures against the EU sanctions').
RETALIATION_NOUNS = words("countermeasure counter-measure counter-sanction")
# Nouns that are sanctions whenever a state or body is named as imposing them ('the new EU restrictions', 'the
# latest US designations', "Washington's curbs"), unless a word of public health says otherwise.
OWNED_STAND_INS = words("restriction curb designation listing penalty blacklisting")
HEALTH_WORDS = words("covid covid-19 coronavirus pandemic health lockdown quarantine virus epidemic")
# Nouns for a set of sanctions: 'a new round of sanctions' is read as the sanctions.
SANCTION_GROUPS = words("set round package raft series wave batch layer tranche slate list")
# Nouns a sanctions word names the kind of ('the sanctions regime', 'the snapback mechanism').
SANCTION_FRAMES = words("regime regimes mechanism programme program framework architecture system campaign order")
# Modifiers saying sanctions are not yet in force ('further sanctions', 'possible sanctions').
NOT_YET = words("""
additional further more new fresh tougher tighter broader harsher stronger possible potential proposed future
""")

# Verbs of imposing: their agent imposes the sanctions they govern (a SANCTION event, and support).
IMPOSE_VERBS = words("""
impose reimpose slap levy adopt pass approve introduce enact extend expand broaden widen tighten toughen strengthen
renew apply unveil authorize authorise order implement enforce announce agree prolong roll_out hit add include
increase ramp_up step_up intensify escalate restore reinstate snap_back roll_over trigger invoke activate place
""") | SANCTIONING_VERBS - words("delist block bar")
# Verbs of lifting: their agent eases the sanctions (an ease event, and opposition).
LIFT_VERBS = words("""
lift ease remove relax suspend waive drop scrap loosen end unfreeze delist terminate revoke roll_back
abolish repeal rescind annul cancel overturn reverse withdraw
""")
# Verbs of coming to an end, with the sanctions their subject: saying they should is calling to lift them.
ENDING_VERBS = words("end go stop cease expire lapse disappear")
# Verbs whose object can only be sanctions once they are named: 'them' after them is the sanctions ('lift them').
DONE_TO_SANCTIONS = words("lift ease relax waive loosen unfreeze reimpose renew tighten reverse revoke rescind repeal")
# Verbs of threatening: their agent threatens sanctions (support, and a THREATEN event).
THREAT_VERBS = words("threaten warn")
# Verbs of proposing, asking for or weighing sanctions: their agent supports sanctions not yet imposed.
CALL_VERBS = words("""
propose urge call_for call_on demand seek push press advocate request recommend want favor favour plead lobby
need require present table draft prepare finalize finalise
consider weigh mull contemplate promise pledge vow campaign
""")
# Nouns of asking for or proposing an act: their owner calls for the act of their infinitive ('a UK proposal to
# sanction the group', 'the French push to impose').
CALL_NOUNS = words("proposal plan push bid call initiative effort drive demand campaign")
# Verbs of insisting on what their clause says should happen ('insisted that the sanctions be lifted').
INSISTING = words("insist")
# Verbs whose subject would suffer sanctions ('X could face sanctions'): whoever says so threatens them.
FACING_VERBS = words("face risk incur expose")
# Verbs that say how sanctions fare, with their subject the sanctions: whoever says so holds the stance.
WORKING_VERBS = {**{w: 1 for w in words("work bite succeed pay_off deliver")},
                 **{w: -1 for w in words("fail backfire hurt harm damage destroy wreck ruin poison sabotage")}}
# A state's people, as sanctions' victims ('hurt ordinary Iranians', 'punish the population').
POPULATION_NOUNS = words("""people population citizen citizens civilian civilians family families child children
patient patients worker workers farmer farmers""")
# Words that make any plural a state's people ('ordinary Nigeriens', 'innocent Syrians', 'average households').
COMMON_PEOPLE = words("ordinary average innocent everyday vulnerable poor")
# Verbs of a toll sanctions take on someone: whose thing is hit says whether they work ('are hurting the Russian
# economy', 'will cut off the Kremlin's war chest') or harm ('have crippled our economy').
TOLL_VERBS = words("""hurt harm damage destroy wreck ruin cripple weaken cut_off choke starve squeeze deprive drain
degrade isolate punish constrain hamper hobble erode batter hammer hit""")
# Verbs of backing sanctions imposed by others, or taking part in them.
BACK_VERBS = words("""
support back endorse welcome praise hail applaud laud join lead spearhead coordinate comply maintain keep
uphold defend justify stand_by double_down follow align proceed secure obtain win garner mirror replicate emulate
champion embrace
accept recognize recognise subscribe adhere abide honor honour respect observe obey bow submit yield cave heed
""")
# Prepositions of the means by which something is done ('pressure Russia through sanctions'), and verbs of pressing
# or punishing whose 'with' is their means ('punish Moscow with sanctions', 'hit Iran with new penalties').
MEANS_PREPS = words("through via")
PRESSING_VERBS = words("""pressure punish hit target penalize penalise squeeze isolate coerce force answer respond
react retaliate threaten""")
# Verbs of using a tool: with sanctions as their object, their agent backs them ('has used sanctions as a weapon');
# never through a clause ('used to oppose sanctions' is a habit in the past).
USING_VERBS = words("use wield employ deploy")
# Verbs of thanking or praising a party: aimed at one that has just imposed sanctions, backing for them.
THANKING_VERBS = words("thank praise commend applaud hail salute congratulate laud")
# Acts of an office, and stances held over time rather than reactions to the news ('Former Chancellor X opposed
# sanctions' is her stance in office; 'Former adviser X praised the decision' is a comment today).
HELD_STANCE_VERBS = words("support back oppose resist block veto champion favor favour")
OFFICE_ACTS = IMPOSE_VERBS | LIFT_VERBS | HELD_STANCE_VERBS
# Verbs of acting together: their 'with' objects share the stance ('the sanctions were coordinated with A').
PARTNER_VERBS = words("coordinate align")
# Roles of heading or speaking for a body: 'X, president of Y', 'Y spokeswoman X'.
LEADING_ROLES = words("""president president-elect chairman chairwoman chair head leader chief director
spokesman spokeswoman spokesperson secretary-general founder ceo executive""")
# Nouns of acting jointly: 'in coordination with A', 'in concert with A', 'in tandem with A'.
JOINT_NOUNS = words("coordination concert tandem conjunction cooperation partnership")
# Verbs of voting: the preposition says which way ('voted against the resolution', 'voted in favour of it').
VOTE_VERBS = words("vote")
VOTE_WAYS = {"against": -1, "for": 1, "favour": 1, "favor": 1, "support": 1}
# Adverbs that make a verb of speaking a stance on what it is about ('spoke positively about the sanctions').
SUPPORT_ADVERBS = words("positively favourably favorably approvingly warmly glowingly enthusiastically")
OPPOSE_ADVERBS = words("critically negatively dismissively scathingly harshly disapprovingly angrily")
# Verbs that name what their object is ('called the sanctions illegal', 'described them as a mistake').
NAMING_VERBS = words("""
call describe label term brand dub characterize characterise consider deem see view regard find declare
""")
# Verbs that say what their subject is ('sanctions are illegal', 'the measures proved effective').
COPULAS = words("be seem remain prove become look appear sound")
# Verbs that say what their subject is through an object ('the measures constitute a violation of law').
OBJECT_COPULAS = words("constitute represent amount_to")
# Verbs a holder expresses a stance noun with ('voiced its opposition to', 'renewed calls for').
LIGHT_VERBS = words("""
voice express announce show signal declare reiterate state make issue renew repeat lead give lend offer
lodge file register seek ask request win obtain secure lose bring mount launch vow pledge promise threaten have
raise air
""")
# Verbs of enforcing the law on someone for what they did ('charged X with violating sanctions'): their agent
# enforces the sanctions (support), their object did what the complement says.
ENFORCING_VERBS = words("""
charge accuse indict convict arrest prosecute fine penalize penalise sentence investigate probe suspect punish
""")
# Verbs of getting round sanctions; denied in a purpose ('so that X cannot circumvent them') they are enforced.
EVASION_VERBS = words("evade violate circumvent breach dodge skirt bust flout defy undermine sidestep bypass")
ENSURING = words("ensure guarantee make_sure insure")
# Verbs whose agent excludes what they govern ('ruled out new sanctions'); denied, they keep it open: 'did not
# rule out sanctions' supports them.
EXCLUDING_VERBS = words("rule_out exclude")
# Verbs whose agent opposes the sanctions they govern.
OPPOSE_VERBS = words("""
oppose slam criticize criticise condemn denounce reject protest resist block veto object dismiss ridicule mock
deplore decry lambaste lambast blast attack question challenge fight retaliate counter contest refuse decline
regret lament bemoan
evade violate circumvent breach dodge skirt bust flout defy undermine ignore sidestep bypass
sue boycott
disagree
""") | LIFT_VERBS | EXCLUDING_VERBS
# Verbs whose agent supports the sanctions they govern.
SUPPORT_VERBS = IMPOSE_VERBS | THREAT_VERBS | CALL_VERBS | BACK_VERBS

# Verb + object or particle idioms, read as one predicate ('took the lead in', 'followed suit').
IDIOMS = {("take", "lead"): "lead", ("follow", "suit"): "join", ("take", "part"): "join",
          ("take", "step"): "impose", ("take", "action"): "impose", ("throw", "weight"): "back", ("put", "pressure"): "push", ("step", "up"): "tighten",
          ("crack", "down"): "enforce", ("call", "for"): "call for", ("call", "on"): "call on",
          ("call", "upon"): "call on", ("push", "for"): "push",
          ("press", "for"): "press", ("call", "off"): "drop", ("back", "away"): "drop",
          ("stay", "out"): "boycott", ("opt", "out"): "boycott",          # 'stayed out of the sanctions'
          ("roll", "back"): "roll back", ("roll", "out"): "roll out", ("roll", "over"): "roll over",
          ("stand", "by"): "stand by",
          ("double", "down"): "double down", ("speak", "out"): "protest", ("hit", "back"): "retaliate",
          ("go", "forward"): "proceed", ("go", "ahead"): "proceed", ("move", "forward"): "proceed",
          ("lash", "out"): "attack", ("respond", "to"): "retaliate", ("hold", "up"): "block",
          ("water", "down"): "undermine", ("fall", "line"): "join", ("sign", "on"): "join", ("stay", "out"): "boycott",
          ("break", "rank"): "defy", ("opt", "out"): "boycott", ("sign", "up"): "join", ("shrug", "off"): "dismiss",
          ("brush", "off"): "dismiss", ("brush", "aside"): "dismiss", ("laugh", "off"): "dismiss",
          ("sit", "down"): "sit down", ("rule", "out"): "rule out", ("amount", "to"): "amount to",
          ("work", "on"): "prepare", ("draw", "up"): "draft"}
# Issuing sanctions, penalties or designations imposes them (issuing a licence or a waiver is left alone).
IDIOMS.update({("issue", n): "impose" for n in words("sanction embargo blacklist penalty designation restriction ban")})

# Nouns that carry a stance on the sanctions they govern ('his opposition to sanctions', 'calls for sanctions').
SUPPORT_NOUNS = words("""
support backing call calls demand push proposal threat imposition introduction adoption passage extension
renewal rollover roll-over prolongation reimposition tightening expansion continuation praise welcome applause
enforcement endorsement approval plan plans decision move push need importance necessity value commitment
pressure
""")
OPPOSE_NOUNS = words("""
opposition criticism condemnation rejection objection veto lifting easing removal relief evasion violation
violations circumvention breach breaches defiance protest protests retaliation waiver suspension
dissatisfaction displeasure anger outrage indignation refusal
challenge lawsuit appeal exemption exemptions carve-out end repeal rollback countermeasure countermeasures
counter-measures rebuke backlash outcry fury ire scorn derision
concern concerns reservation reservations doubt doubts misgiving misgivings qualm qualms unease scepticism skepticism
""")
# Verbs by which sanctions draw a stance from someone ('drew a rebuke from Beijing', 'met with praise from Kyiv').
DRAWING_VERBS = words("draw prompt spark provoke trigger elicit meet earn attract win receive")
# Nouns of ending sanctions: a generic stand-in after one ('lifted the sanctions ... welcomed the move') stands
# for the ending.
LIFTING_NOUNS = words("lifting easing removal relief suspension end repeal rollback waiver lift")
# Stance nouns read only after 'in' on the verb: 'imposed counter-measures in response to the sanctions'.
RESPONSE_NOUNS = words("response reaction reply answer")
# Verbs of hitting back, and of vowing what one will do ('vowed a firm response'): the target's answer to sanctions.
RETALIATING = words("retaliate reciprocate")
VOWING = words("vow promise pledge threaten warn announce")
# Verbs of keeping sanctions as they are, with the sanctions as subject ('must remain in place', 'should stay in
# force until'); 'in place', 'in force', 'in effect' or 'until' make them a stance.
KEEPING_VERBS = words("remain stay")
KEPT_STATES = words("place force effect")

# Roles toward sanctions that describe whoever holds them ('X, an author of the measure', 'a critic of them').
ROLE_STANCE = {**{w: 1 for w in words("author co-author sponsor co-sponsor cosponsor architect champion "
                                       "proponent advocate backer supporter drafter part member participant "
                                       "force mastermind engine")},      # 'the driving force behind the sanctions'
               **{w: -1 for w in words("critic opponent foe detractor")}}
# Adjectives a holder uses of sanctions it opposes ('illegal U.S. sanctions', 'sanctions are counterproductive').
OPPOSE_ADJECTIVES = words("""
illegal genocidal unlawful illegitimate unilateral counterproductive ineffective futile unjust unfair hypocritical hegemonic
disastrous harmful damaging cruel inhumane pointless useless senseless absurd ridiculous wrong misguided unfriendly
unacceptable arbitrary politically_motivated baseless provocative hostile coercive
disproportionate unjustified excessive discriminatory extraterritorial void illicit immoral criminal extreme
draconian barbaric inhuman destructive irresponsible reckless political politicized politicised
unnecessary unwarranted needless unhelpful meaningless outrageous shameful scandalous unreasonable unfounded
groundless biased selective one-sided unconstitutional wrongful vindictive
""")
# Nouns a holder calls sanctions it opposes ('a violation of sovereignty') or supports ('a sign of our resolve').
OPPOSE_PREDICATE_NOUNS = words("""violation mistake blackmail terrorism aggression war crime error failure farce
blockade siege strangulation theft robbery piracy
injustice insult humiliation persecution interference attack assault punishment
lie hoax sham fabrication slander provocation hostility bullying coercion intimidation hegemony imperialism
colonialism warfare genocide ploy plot conspiracy obstacle impediment hindrance burden banditry extortion
racketeering gangsterism lawlessness""")
# What a support noun is a tool of, when the tool is a wrong ('a tool of Western pressure', 'an instrument of
# coercion'): the noun then judges against.
WRONGFUL_ENDS = words("""pressure coercion hegemony domination blackmail aggression imperialism colonialism
intimidation interference bullying oppression punishment""")
SUPPORT_PREDICATE_NOUNS = words("tool instrument weapon lever signal sign message response deterrent answer "
                                "solution remedy")
# Adjectives a holder uses of sanctions it supports ('necessary', 'an essential step').
SUPPORT_ADJECTIVES = words("""
necessary essential effective justified appropriate vital important crucial right needed warranted
overdue long-overdue
""")
# Claims that sanctions fail or harm, each a class of wording: whoever makes them opposes sanctions ('say they
# don't work', 'serious humanitarian consequences', 'a toxic atmosphere', 'hurt ordinary people').
HARM_CLAIMS = re.compile(
    r"\b(?:do|does|did|will|would|can|could)(?: not|n't|n’t) work\b|\bwo(?:n't|n’t) work\b|\bnot working\b"
    r"|\bhumanitarian (?:consequences|impact|cost|costs|toll|crisis|catastrophe|suffering)\b"
    r"|\b(?:toxic|poisonous|poisoned) (?:atmosphere|climate|environment)\b"           # harm to diplomacy
    r"|\bdamage to (?:itself|themselves|its own|their own)\b"                       # self-harm of the imposer
    r"|\b(?:hurt|hurts|hurting|harm|harms|harming|punish|punishes|punishing) (?:ordinary|the people|civilians|"
    r"innocent)"
    r"|\bcounterproductive\b|\bviolat\w* (?:of )?(?:\w+ )?sovereignty\b"
    r"|\beconomic (?:terrorism|war|warfare|strangulation)\b|\bblackmail\b|\bwould be disastrous\b"
    r"|\b(?:doomed|bound|destined|certain) to fail\b|\bnever (?:work|worked|works)\b"       # forecasts of failure
    r"|\bno (?:legal|legitimate) (?:basis|grounds|standing)\b|\bnull and void\b"             # denied legitimacy
    r"|\bno basis in (?:international )?law\b"
    r"|\b(?:will|would|can|could) only (?:deepen|worsen|escalate|aggravate|complicate|inflame|exacerbate|damage|harm|"
    r"hurt)\b"
    r"|\blost (?:its|their|any) (?:legitimacy|legal force|relevance)\b"
    r"|\bdepriv\w* (?:\w+ ){0,4}of (?:food|medicine|medicines|medical|basic)\b"               # harm to people
    r"|\blead(?:s|ing)? nowhere\b|\bgo(?:es|ing)? nowhere\b|\ba dead end\b"                   # futility
    r"|\boutlived (?:its|their) (?:usefulness|purpose)\b"
    r"|\b(?:could|can)(?:n't|n’t| not) care less\b|\bunfazed by\b|\bunmoved by\b"           # indifference
    r"|\b(?:caused?|causing|brought|bring|inflict\w*) (?:\w+ ){0,2}(?:hardship|suffering|misery|poverty|hunger)\b"
    r"|\b(?:untold|immense|great|severe) (?:hardship|suffering|misery)\b"                   # harm to people
    r"|\bin the (?:foot|knee)\b|\bboomerang\w*|\ban own goal\b|\bself-defeating\b"          # harm to the imposer
    r"|\bself-(?:harm|inflicted)\w*")
# Verbs of what sanctions do to their target: denied ('will not change Moscow's course'), a claim they fail.
EFFECT_VERBS = words("""change alter stop deter affect break bend sway shift weaken cripple topple force produce achieve
resolve solve end fix bring yield accomplish advance help serve further promote""")
# Verbs of will: 'decided not to go forward with sanctions', 'refused to impose sanctions' oppose them.
VOLITION = words("decide choose opt vote agree resolve elect plan want intend wish")
REFUSAL = words("refuse decline reject balk hesitate resist fail")
# Verbs of wanting whose small clause passes their stance on: 'wants the sanctions eased' opposes them.
WANTING = VOLITION | words("need like prefer")
# Verbs that take a small clause whose subject is what is done to ('wants the sanctions eased', 'saw the measures
# lifted'): that subject is the clause's theme, not its agent.
SMALL_CLAUSE_HEADS = WANTING | words("see expect have get")
# Verbs by which a speaker makes a policy their own: 'X announced that the administration would impose sanctions'.
DECLARING = words("""announce say declare pledge vow promise warn threaten confirm state tell signal insist
add note stress emphasize emphasise argue""")
# Verbs of making one's own decision known: a state announcing what a body of states did speaks as its member
# ('France, which holds the EU presidency, announced that the bloc has approved sanctions').
ANNOUNCING = words("announce declare unveil")
# Verbs that turn an argument around: 'That argument was disputed by X' gives X the opposite stance.
REVERSERS = words("dispute rebut refute counter contradict challenge deny")
ARGUMENT_NOUNS = words("argument claim assertion view position contention charge notion")
# Roles whose holder speaks for a state: their position is recorded for the state too.
STATE_ROLES = words("""
president minister ambassador envoy diplomat spokesman spokeswoman spokesperson secretary leader premier
chancellor king queen emir official representative negotiator delegate delegation deputy governor senator
ministry government foreign prime head chief general commander adviser advisor consul mission
""")

# ------------------------------------------------------------------------------------------------ time

# Words that place a clause in the past whatever its date ('previously', 'then-President', 'for years').
PAST_MARKERS = ("previously", "formerly", "in the past", "at the time", "back then", "once ", "then-",
                "years ago", "decades ago", "a decade ago", "a century ago", "used to",
                "earlier imposed", "the previous administration", "the previous government",
                "the former administration", "the former government", "had long", "under former",
                "under the former", "under the late", "under the previous", "during the previous",
                "the era of former", "in the era of", "first term", "previous term", "while in office",
                "during his tenure", "during her tenure", "during his presidency", "during her presidency",
                "when in office", "when in power")
# Spans of time that place a clause in the past unless its verb runs up to now: 'had resisted them for years' and
# 'opposed them for decades' are past, 'has lobbied against the embargo for years' still holds.
DURATION_MARKERS = ("for years", "for decades", "for many years", "for several years")
# Words that place a clause told in the past tense before the story's time ('Germany initially opposed the
# sanctions'); with a present or future verb they do not ('will initially target banks').
PAST_TENSE_MARKERS = ("initially", "originally", "at first", "at the outset", "in the beginning")
# Words that carry a stance from its start up to now: a past perfect with them still holds ('Niamey had
# denounced the measures from the start', 'had pushed for the move since the start of the year').
HELD_THROUGHOUT = re.compile(r"\b(?:(?:from|since) the (?:start|outset|beginning|first)|all along|ever since)\b")
# Eras by decade, read as past whatever the publication date ('in the 1990s', 'in the early 2000s').
PAST_ERA = re.compile(r"\b(?:in|throughout|during) the (?:early |late |mid-?)?(?:1[89]|20)\d0s\b"
                      r"|\bduring the cold war\b")
# An era named for a government, told in the past tense: 'Under the Obama administration, Washington eased'.
PAST_TENSE_ERA = re.compile(r"\bunder the (?!current\b|new\b|present\b|incoming\b)[a-z.'’-]+(?: [a-z.'’-]+)? "
                            r"(?:administration|government|presidency)\b")
# Relative times that continue the dated narrative before them.
RELATIVE_TIMES = ("the next day", "the following day", "days later", "a day later", "weeks later", "later that",
                  "the following week", "the same day", "that day", "soon after", "shortly after", "days after",
                  "weeks after", "months after", "the day before", "the previous day", "a week later", "month later",
                  "months later", "year later", "years later", "weeks later")
# How each moves the story's date (clauses._shifted): a day on, a day back, to somewhere in the month after.
NEXT_DAY = ("the next day", "the following day", "a day later")
DAY_BEFORE = ("the day before", "the previous day")
VAGUELY_LATER = ("days later", "weeks later", "days after", "weeks after", "the following week")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
RELATIVE_SHIFT = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                            r"(?P<unit>day|week|month|year)s?\s+later\b")

# ------------------------------------------------------------------------------------------------ events

# Verbs of meeting (CAMEO code): their agent and their object or 'with'-partner met (PLOVER CONSULT).
MEETING_VERBS = {"meet": "040", "host": "043", "welcome": "043", "receive": "043", "negotiate": "046",
                 "visit": "042", "confer": "040", "consult": "040", "talk": "040", "hold talks": "046",
                 "sit down": "040", "hold": "040", "convene": "040", "call": "040", "phone": "040",
                 "speak": "040", "telephone": "040", "discuss": "040", "gather": "040"}
# Nouns of meeting (CAMEO code): 'talks between A and B', "A's visit to B".
MEETING_NOUNS = {"meeting": "040", "summit": "040", "talk": "046", "talks": "046", "negotiation": "046",
                 "negotiations": "046", "sit-down": "040", "consultation": "040", "consultations": "040",
                 "encounter": "040", "dialogue": "040", "visit": "042", "call": "040", "conversation": "040",
                 "discussion": "040", "discussions": "040", "session": "040", "trip": "042",
                 "conference": "040", "telephone call": "040", "phone call": "040"}
# Verbs whose agent takes part in the meeting they govern ('held talks with', 'attended a summit').
MEETING_LIGHT_VERBS = words("""
hold have attend host conduct join begin start resume open end conclude wrap complete continue convene organize
organise chair lead co-host cohost participate take go
""")
# Verbs of meeting that need a partner named with 'with' or an object to be a meeting ('talked with X').
MEETING_NEEDS_PARTNER = words("talk speak call phone telephone discuss hold confer consult gather")
# PLOVER's mode of a CONSULT event, from the word that made it.
CONSULT_MODES = {"visit": "visit", "trip": "visit", "host": "host", "welcome": "host", "receive": "host",
                 "call": "phone", "phone": "phone", "telephone": "phone", "phone call": "phone",
                 "telephone call": "phone", "conversation": "phone"}
# Verbs of standing beside someone: 'A, speaking alongside B'.
JOINT_VERBS = words("speak appear stand sit talk attend address brief")
# Words on an event's noun that set it before the story's day ('previous rounds of talks', 'earlier talks').
EARLIER_MARKS = words("previous earlier past prior former last")
SAME_DAY = words("earlier today tonight")               # 'speaking earlier': the day of publication
ROUND_NOUNS = words("round day series session set part stage")   # 'a round of talks'
AGREEMENT_NOUNS = words("agreement treaty deal accord pact memorandum contract protocol declaration")
SIGN_VERBS = words("sign ink conclude seal")
CRITICISE_VERBS = words("""criticize criticise slam denounce condemn blast decry rebuke lambast lambaste castigate
chide deplore censure""")
ACCUSE_VERBS = words("accuse blame")
STATEMENT_NOUNS = words("statement communique communiqué declaration")
# Modifiers of a meeting noun that make it one still to come ('the next round', 'a possible summit').
UNREAL_MODIFIERS = words("next future possible proposed planned upcoming potential another")
# Kinds of event and their CAMEO and PLOVER codes.
CAMEO = {"agreement": "057", "cooperation": "030", "statement": "010", "sanction": "163", "threat": "1312",
         "ease": "085", "criticism": "111", "accusation": "112", "intent_to_meet": "036", "meeting": "040",
         "proposal": "1041"}
PLOVER = {"meeting": "CONSULT", "intent_to_meet": "CONSULT", "agreement": "AGREE", "cooperation": "COOPERATE",
          "statement": None, "sanction": "SANCTION", "threat": "THREATEN", "ease": "CONCEDE",
          "criticism": "ACCUSE", "accusation": "ACCUSE", "proposal": "REQUEST"}


# --- events: added wordings ---

# Verbs whose agent takes part in the meeting noun they govern, beside MEETING_LIGHT_VERBS: 'received a phone
# call from B', 'paid a visit to B', 'made a call to B'.
MEETING_TAKING_VERBS = words("receive pay make")
# Prepositions by which a meeting noun names its other party, beside 'with', 'between', 'of', 'to': 'a call
# from B'.
MEETING_FROM = words("from")
# Verbs that say a meeting told as their subject is only planned or awaited ('talks are expected to resume',
# 'no meeting was planned', 'the summit is scheduled for May').
MEETING_AWAITED = words("""
plan expect schedule slate set due propose hope intend aim postpone delay cancel call_off
""")
# Verbs that put a party under sanctions through a preposition ('put four officials on its sanctions list',
# 'placed X under sanctions'), and those prepositions.
PLACING_VERBS = words("put place")
PLACING_PREPS = words("on under onto")
# Verbs of deciding whose infinitive, once the decision is told as done, is an act ('EU ministers agreed on Monday
# to impose sanctions', 'the Council decided to extend the embargo'): not 'plan', 'want', 'intend'.
DECIDING_HEADS = words("agree decide vote resolve opt")
# Words before 'of' that set a meeting still to come ('ahead of his visit', 'in advance of the summit').
AHEAD_OF = words("ahead advance")
# Verbs that tell an event took place ('the talks, which were held in March'): their date is the event's.
HAPPENING_VERBS = words("take hold happen occur end begin start conclude open convene")
# Last words of an organisation's name that no person's name ends in ('Xtellus Partners', 'Tigray People's
# Liberation Front'), beside ORG_HEADS: a name the NER took for a person's that ends in one is an organisation.
ORG_NAME_TAILS = ORG_HEADS | words("""partners front movement holdings associates brigade brigades battalion militia
corp corp. inc inc. ltd ltd. llc plc gmbh trading airlines airways petroleum network university college fund trust
capital securities investments industries enterprises""")
# Common nouns for a company or body that stand right before its name ('investment bank Xtellus Partners', 'the
# state nuclear corporation Rosatom', 'Istanbul-based brokerage Pusula Yatirim') or head an appositive after it
# ('Surgutneftegas - a Russian oil giant'): the name is an organisation's, whatever the NER made of it.
ORG_DESCRIPTORS = words("""company firm brokerage bank lender producer giant corporation conglomerate insurer carrier
manufacturer maker automaker carmaker chipmaker exporter importer supplier broadcaster newspaper channel militia
group agency outlet fund startup operator miner refiner shipper airline retailer consultancy think_tank
tank trader shipbuilder shipowner broker dealer distributor contractor developer""")
