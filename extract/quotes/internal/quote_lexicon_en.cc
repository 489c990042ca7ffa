// The English rules of the quotation extractors (quote_lexicon.h): cue
// verbs, pronouns, nouns of persons, groups and documents, given names.
#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_set>

#include "base/ascii.h"
#include "extract/ner/word_dictionary.h"
#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_text.h"
#include "extract/quotes/internal/word_set.h"

namespace dossier::internal {
namespace {

bool Contains(const WordSet& set, std::string_view word) { return set.Has(word); }

bool InList(std::string_view word, std::initializer_list<std::string_view> list) {
  for (std::string_view w : list) {
    if (word == w) return true;
  }
  return false;
}

bool InListCaseless(std::string_view word, std::initializer_list<std::string_view> list) {
  for (std::string_view w : list) {
    if (EqualsAsciiCaseless(word, w)) return true;
  }
  return false;
}

constexpr std::string_view kCueVerbs[] = {
    "acknowledge", "acknowledged", "acknowledges", "add",         "added",      "adds",
    "admit",       "admits",       "admitted",     "agreed",      "agrees",     "alleged",
    "alleges",     "announce",     "announced",    "announces",   "answered",   "answers",
    "argue",       "argued",       "argues",       "ask",         "asked",      "asks",
    "assert",      "asserted",     "asserts",      "assured",     "boasted",    "boasts",
    "cautioned",   "charged",      "charges",      "claim",       "claimed",    "claims",
    "clarified",   "clarifies",    "commented",    "complain",    "complained", "complains",
    "conceded",    "concedes",     "conclude",     "concluded",   "concludes",  "confirm",
    "confirmed",   "confirms",     "contended",    "contends",    "continue",   "continued",
    "continues",   "counter",      "countered",    "counters",    "cried",      "declare",
    "declared",    "declares",     "demanded",     "demands",     "denied",     "denies",
    "deny",        "described",    "emphasised",   "emphasized",  "emphasizes", "explain",
    "explained",   "explains",     "exclaimed",    "inform",      "informed",   "informs",
    "insist",      "insisted",     "insists",      "joked",       "jokes",      "maintained",
    "maintains",   "mused",        "note",         "noted",       "notes",      "observed",
    "observes",    "pleaded",      "posted",       "posts",       "predicted",  "predicts",
    "proclaimed",  "promised",     "promises",     "quipped",     "quips",      "recall",
    "recalled",    "recalls",      "recounted",    "recounts",    "reiterated", "reiterates",
    "remarked",    "repeated",     "replied",      "replies",     "reply",      "reported",
    "reports",     "responded",    "responds",     "retorted",    "said",       "say",
    "says",        "shouted",      "specified",    "specifies",   "stated",     "stressed",
    "stresses",    "suggested",    "suggests",     "tell",        "tells",      "testified",
    "testifies",   "texted",       "thundered",    "told",        "tweeted",    "tweets",
    "underlined",  "urged",        "urges",        "vowed",       "vows",       "warn",
    "warned",      "warns",        "whispered",    "wondered",    "wonders",    "write",
    "writes",      "wrote",        "yelled",       "cautions",    "clarify",    "declaring",
    "elaborated",  "emailed",      "explaining",   "gushed",      "insisting",  "lamented",
    "laments",     "marveled",     "objected",     "opined",      "protested",  "raged",
    "reasoned",    "saying",       "screamed",     "scoffed",     "snapped",    "sniffed",
    "underscored", "adding",       "arguing",      "asking",      "calling",    "chant",
    "chanted",     "chanting",     "chants",       "claiming",    "joking",     "noting",
    "posting",     "replying",     "responding",   "shared",      "telling",    "tweeting",
    "warning",     "writing",      "barked",       "bragged",     "fumed",      "griped",
    "grumbled",    "growled",      "hissed",       "interjected", "mocked",     "muttered",
    "sneered",     "teased",       "mocks",        "muses",       "scoffs",     "snaps",
    "surmised",    "surmises",     "beamed",       "demurred",    "retorts",    "marvels",
    "pressed",     "retaliated",
};

constexpr std::string_view kPersonNouns[] = {
    "activist",     "adviser",       "advisor",        "aide",
    "akim",         "ambassador",    "analyst",        "anchor",
    "attorney",     "author",        "banker",         "billionaire",
    "blogger",      "boss",          "businessman",    "businesswoman",
    "candidate",    "ceo",           "chairman",       "chairwoman",
    "chief",        "columnist",     "commander",      "commentator",
    "commissioner", "congressman",   "congresswoman",  "consultant",
    "coordinator",  "correspondent", "councilman",     "critic",
    "democrat",     "deputy",        "diplomat",       "director",
    "economist",    "editor",        "entrepreneur",   "executive",
    "expert",       "father",        "financier",      "founder",
    "frontrunner",  "front-runner",  "general",        "governor",
    "head",         "historian",     "host",           "husband",
    "investigator", "journalist",    "judge",          "lawmaker",
    "lawyer",       "leader",        "lobbyist",       "magnate",
    "man",          "manager",       "mayor",          "minister",
    "mogul",        "mother",        "negotiator",     "nominee",
    "officer",      "official",      "oligarch",       "organizer",
    "owner",        "partner",       "pastor",         "politician",
    "pollster",     "premier",       "president",      "professor",
    "prosecutor",   "publisher",     "representative", "republican",
    "researcher",   "scholar",       "secretary",      "senator",
    "sheriff",      "son",           "speaker",        "strategist",
    "student",      "surgeon",       "tycoon",         "veteran",
    "victim",       "widow",         "wife",           "witness",
    "woman",        "writer",        "daughter",       "brother",
    "member",       "delegate",      "speechwriter",   "reporter",
    "sister",       "plaintiff",     "defendant",      "refugee"};

constexpr std::string_view kSpokesNouns[] = {"mouthpiece",   "press-secretary", "representative",
                                             "spokesman",    "spokesmen",       "spokespeople",
                                             "spokesperson", "spokeswoman",     "spokeswomen"};

constexpr std::string_view kGroupNouns[] = {
    "administration", "agency",        "aides",      "association",   "authorities",
    "board",          "bureau",        "cabinet",    "campaign",      "coalition",
    "commission",     "committee",     "company",    "congress",      "corporation",
    "council",        "court",         "critics",    "delegation",    "democrats",
    "department",     "embassy",       "experts",    "firm",          "foundation",
    "government",     "group",         "house",      "investigators", "kremlin",
    "lawmakers",      "lawyers",       "leadership", "ministry",      "movement",
    "newspaper",      "office",        "officials",  "opposition",    "oppositionists",
    "organization",   "organizers",    "parliament", "party",         "police",
    "prosecutors",    "republicans",   "senate",     "service",       "spokesmen",
    "staff",          "team",          "union",      "white",         "agency's",
    "bureau's",       "audience",      "band",       "channel",       "club",
    "crowd",          "demonstrators", "federation", "groups",        "institute",
    "league",         "magazine",      "marchers",   "network",       "organizations",
    "outlet",         "paper",         "protesters", "protestors",    "publication",
    "station",        "tabloid",       "university", "website",       "attendees",
    "spectators"};

// Group nouns that name one institution: a definite description of one
// ("the ministry", "the conservative-leaning newspaper") speaks for it.
constexpr std::string_view kInstitutionNouns[] = {
    "administration", "agency",        "association", "band",      "board",      "bureau",
    "cabinet",        "campaign",      "channel",     "club",      "coalition",  "commission",
    "committee",      "company",       "corporation", "council",   "court",      "delegation",
    "department",     "embassy",       "federation",  "firm",      "foundation", "government",
    "group",          "groups",        "house",       "institute", "kremlin",    "league",
    "magazine",       "ministry",      "movement",    "network",   "newspaper",  "office",
    "organization",   "organizations", "outlet",      "paper",     "parliament", "party",
    "police",         "publication",   "senate",      "station",   "tabloid",    "team",
    "union",          "university",    "website"};

// Group nouns that name a gathering of people: "the crowd", "the protesters".
constexpr std::string_view kCrowdNouns[] = {"attendees",     "audience",  "crowd",
                                            "demonstrators", "marchers",  "protesters",
                                            "protestors",    "spectators"};

constexpr std::string_view kDocumentNouns[] = {
    "ad",         "advertisement", "announcement", "appeal",    "article",  "blog",
    "book",       "brief",         "communique",   "complaint", "decision", "declaration",
    "document",   "e-mail",        "editorial",    "email",     "filing",   "indictment",
    "interview",  "lawsuit",       "letter",       "memo",      "message",  "motion",
    "note",       "op-ed",         "petition",     "post",      "release",  "report",
    "resolution", "ruling",        "speech",       "statement", "suit",     "tweet"};

// Unnamed sources: "a source close to the campaign", "one user", "the
// insider", "the ad's narrator".
constexpr std::string_view kAnonymousNouns[] = {
    "commenter", "follower", "insider", "narrator",  "observer", "onlooker", "passerby",
    "person",    "poster",   "source",  "supporter", "user",     "viewer",   "voice",
    "voter",     "resident", "friend",  "neighbor",  "attendee", "staffer",  "employee"};

constexpr std::string_view kDeterminers[] = {"a",    "an",       "another", "ex",   "former",
                                             "late", "longtime", "new",     "one",  "that",
                                             "the",  "then",     "these",   "this", "those"};

// Given names common in the region's press and in English news (Kazakh, Russian,
// English), by gender: the pronoun resolver's gender cue.
constexpr std::string_view kMaleNames[] = {
    "abraham",     "adam",     "akezhan",  "alan",    "albert",   "alexander",  "alexei",
    "alikhan",     "andrew",   "andrei",   "anthony", "arman",    "askar",      "barack",
    "ben",         "benjamin", "benny",    "bernie",  "bigeldin", "bill",       "bob",
    "boris",       "brian",    "bruce",    "carl",    "charles",  "charlie",    "chris",
    "christopher", "chuck",    "dan",      "daniel",  "darkhan",  "dastan",     "dave",
    "david",       "dmitry",   "don",      "donald",  "doug",     "douglas",    "ed",
    "edward",      "eric",     "erlan",    "eset",    "frank",    "gary",       "gennady",
    "george",      "gerald",   "greg",     "gregory", "harry",    "henry",      "howard",
    "igor",        "ilyas",    "ismail",   "ivan",    "jack",     "jacob",      "jake",
    "james",       "jason",    "jeb",      "jeff",    "jeffrey",  "jeremy",     "jerry",
    "jim",         "jimmy",    "joe",      "joel",    "john",     "johnny",     "jon",
    "jonathan",    "jose",     "joseph",   "josh",    "joshua",   "juan",       "justin",
    "kairat",      "karim",    "keith",    "ken",     "kenneth",  "kevin",      "kurt",
    "larry",       "lindsey",  "louis",    "luis",    "marco",    "mark",       "martin",
    "matt",        "matthew",  "mels",     "michael", "mike",     "mikhail",    "mitch",
    "mitt",        "mukhtar",  "nicholas", "nick",    "nikolai",  "nurlan",     "nursultan",
    "oleg",        "patrick",  "paul",     "pavel",   "peter",    "phil",       "philip",
    "rakhat",      "ralph",    "rand",     "ray",     "reince",   "richard",    "rick",
    "rob",         "robert",   "roger",    "ron",     "ronald",   "rudy",       "russell",
    "ryan",        "sam",      "samuel",   "scott",   "sean",     "serik",      "sergei",
    "sergey",      "stephen",  "steve",    "steven",  "ted",      "thomas",     "tim",
    "timothy",     "timur",    "todd",     "tom",     "tony",     "vadim",      "viktor",
    "vladimir",    "walter",   "william",  "yerlan",  "yuri",     "zharmakhan", "aaron",
    "adrian",      "alex",     "alfred",   "allen",   "andy",     "antonio",    "arthur",
    "austin",      "barry",    "billy",    "bobby",   "brad",     "bradley",    "brandon",
    "brett",       "bryan",    "byron",    "calvin",  "cameron",  "carlos",     "chad",
    "clarence",    "clark",    "colin",    "corey",   "craig",    "curtis",     "dale",
    "danny",       "darrell",  "dean",     "dennis",  "derek",    "dick",       "dominic",
    "duncan",      "dwight",   "earl",     "eddie",   "elijah",   "elliot",     "ernest",
    "eugene",      "evan",     "fred",     "gabriel", "gavin",    "gene",       "glenn",
    "gordon",      "grant",    "hank",     "harold",  "herbert",  "hugh",       "hunter",
    "jared",       "jay",      "jerome",   "jesse",   "joey",     "jorge",      "kyle",
    "lamar",       "lance",    "lawrence", "lee",     "leon",     "leonard",    "lloyd",
    "lou",         "marcus",   "mario",    "marvin",  "maurice",  "max",        "melvin",
    "micah",       "miguel",   "mitchell", "nathan",  "neil",     "newt",       "noah",
    "norman",      "orrin",    "owen",     "paolo",   "pat",      "perry",      "pete",
    "preston",     "randy",    "raymond",  "reid",    "rex",      "ricardo",    "rodney",
    "roy",         "rush",     "sanjay",   "seth",    "shane",    "sherrod",    "stanley",
    "stuart",      "terry",    "travis",   "trent",   "troy",     "tyler",      "vernon",
    "victor",      "vince",    "wayne",    "wesley",  "will",     "willie",     "xavier",
    "zach",        "zachary"};

constexpr std::string_view kFemaleNames[] = {
    "aigul",     "aliya",      "amy",      "angela",    "ann",       "anna",      "anne",
    "barbara",   "betsy",      "botagoz",  "carly",     "carol",     "catherine", "chelsea",
    "christine", "claire",     "dana",     "dariga",    "debbie",    "deborah",   "diana",
    "dinara",    "donna",      "elena",    "elizabeth", "ellen",     "emily",     "gulnara",
    "hillary",   "huma",       "irina",    "jane",      "janet",     "jennifer",  "jessica",
    "jill",      "joan",       "joni",     "julia",     "julie",     "karen",     "kate",
    "katherine", "kathleen",   "kathy",    "kelly",     "kellyanne", "kim",       "kirsten",
    "laura",     "leila",      "leyla",    "linda",     "lira",      "lisa",      "loretta",
    "madeleine", "maria",      "marina",   "marsha",    "mary",      "megyn",     "melania",
    "michelle",  "nancy",      "natalia",  "natalya",   "nikki",     "olga",      "patricia",
    "rachel",    "rebecca",    "sarah",    "saule",     "sharon",    "sheryl",    "stephanie",
    "susan",     "susana",     "svetlana", "tammy",     "tatiana",   "theresa",   "tulsi",
    "valentina", "wendy",      "yelena",   "zhanna",    "zhanar",    "hope",      "ivanka",
    "abby",      "alexandra",  "alice",    "alicia",    "allison",   "alyssa",    "amanda",
    "andrea",    "angie",      "april",    "ashley",    "audrey",    "beth",      "betty",
    "beverly",   "brenda",     "brianne",  "brittany",  "candice",   "carla",     "carmen",
    "caroline",  "cassandra",  "cathy",    "cecile",    "charlotte", "cheryl",    "cindy",
    "claudia",   "colleen",    "connie",   "crystal",   "cynthia",   "dahlys",    "daisy",
    "danielle",  "debra",      "denise",   "diane",     "dolores",   "doris",     "dorothy",
    "edith",     "eileen",     "elaine",   "eleanor",   "elise",     "ella",      "emma",
    "erica",     "erin",       "esther",   "eva",       "evelyn",    "felicia",   "fiona",
    "frances",   "gabrielle",  "gail",     "gina",      "gloria",    "grace",     "gwen",
    "hannah",    "harriet",    "heather",  "heidi",     "helen",     "holly",     "ingrid",
    "jackie",    "jacqueline", "jan",      "jeanne",    "jenna",     "jo",        "joanna",
    "jodi",      "josephine",  "joy",      "joyce",     "judith",    "judy",      "june",
    "kamala",    "katie",      "katrina",  "kayleigh",  "kellie",    "kristen",   "kristin",
    "lauren",    "leah",       "lena",     "lillian",   "lois",      "lori",      "lucy",
    "lynn",      "mallory",    "margaret", "marie",     "marilyn",   "marjorie",  "martha",
    "maxine",    "maya",       "meg",      "megan",     "melissa",   "mia",       "michele",
    "mindy",     "miranda",    "molly",    "monica",    "nadia",     "naomi",     "natalie",
    "nell",      "nicole",     "nina",     "nora",      "norma",     "olivia",    "paige",
    "pam",       "pamela",     "paula",    "pauline",   "peggy",     "penny",     "phyllis",
    "priscilla", "rachael",    "ramona",   "regina",    "renee",     "rita",      "roberta",
    "robin",     "rosa",       "rose",     "ruth",      "sally",     "samantha",  "sandra",
    "sara",      "shannon",    "sheila",   "shirley",   "sonia",     "sonya",     "stacey",
    "sue",       "suzanne",    "sylvia",   "tara",      "teresa",    "terri",     "tiffany",
    "tina",      "tracy",      "ursula",   "valerie",   "vanessa",   "vera",      "veronica",
    "victoria",  "virginia",   "vivian",   "yvonne",    "zoe"};

constexpr std::string_view kPersonTitles[] = {
    "adm",     "ambassador",   "atty",        "capt",          "chairman",   "chairwoman",
    "col",     "commissioner", "congressman", "congresswoman", "councilman", "councilwoman",
    "dr",      "gen",          "gov",         "governor",      "judge",      "justice",
    "lt",      "maj",          "mayor",       "minister",      "mr",         "mrs",
    "ms",      "pastor",       "pres",        "president",     "prof",       "professor",
    "rabbi",   "rep",          "rev",         "sen",           "senator",    "sgt",
    "sheriff", "speaker",      "supt"};

const WordSet& CueVerbs() {
  static const WordSet set(kCueVerbs);
  return set;
}

// Gender from the words of a name: given names, then patronymics (-ovich /
// -ovna), then surname endings (-ova / -eva / -ina feminine, -ov / -ev /
// -in / -sky masculine).
Gender GenderOfNameWords(const std::vector<std::string_view>& words) {
  static const WordSet male(kMaleNames);
  static const WordSet female(kFemaleNames);
  for (std::string_view w : words) {
    if (male.Has(w)) return Gender::kMale;
    if (female.Has(w)) return Gender::kFemale;
  }
  for (std::string_view w : words) {
    std::string lower = AsciiLower(w);
    if (lower.ends_with("ovich") || lower.ends_with("evich") || lower.ends_with("ovych"))
      return Gender::kMale;
    if (lower.ends_with("ovna") || lower.ends_with("evna") || lower.ends_with("ichna"))
      return Gender::kFemale;
  }
  if (words.empty()) return Gender::kUnknown;
  // Surname endings: the longest name part is usually the surname.
  for (std::string_view w : words) {
    std::string lower = AsciiLower(w);
    if (lower.size() < 5) continue;
    if (lower.ends_with("ova") || lower.ends_with("eva") || lower.ends_with("ina") ||
        lower.ends_with("skaya") || lower.ends_with("yeva")) {
      return Gender::kFemale;
    }
  }
  for (std::string_view w : words) {
    std::string lower = AsciiLower(w);
    if (lower.size() < 5) continue;
    if (lower.ends_with("ov") || lower.ends_with("ev") || lower.ends_with("sky") ||
        lower.ends_with("skiy") || lower.ends_with("in")) {
      return Gender::kMale;
    }
  }
  return Gender::kUnknown;
}

// `word` without a contracted auxiliary written onto it: "he" of "he's",
// "she’d", "he'll".
std::string_view WithoutContraction(std::string_view word) {
  for (std::string_view tail : {"'s", "\u2019s", "'d", "\u2019d", "'ll", "\u2019ll", "'re",
                                "\u2019re", "'ve", "\u2019ve"}) {
    if (word.size() > tail.size() && word.ends_with(tail))
      return word.substr(0, word.size() - tail.size());
  }
  return word;
}

class EnglishLexicon final : public QuoteLexicon {
 public:
  bool IsCueVerb(std::string_view word) const override { return Contains(CueVerbs(), word); }

  bool IsCueVerbWithParticle(std::string_view verb, std::string_view particle) const override {
    return ((EqualsAsciiCaseless(verb, "pointed") || EqualsAsciiCaseless(verb, "points")) &&
            EqualsAsciiCaseless(particle, "out")) ||
           ((EqualsAsciiCaseless(verb, "went") || EqualsAsciiCaseless(verb, "goes")) &&
            EqualsAsciiCaseless(particle, "on")) ||
           (InListCaseless(verb, {"shot", "fired", "hit", "wrote", "snapped", "pushed"}) &&
            EqualsAsciiCaseless(particle, "back")) ||
           (InListCaseless(verb, {"chimed", "weighed", "cut"}) &&
            EqualsAsciiCaseless(particle, "in"));
  }

  Gender CueVerbGender(std::string_view) const override { return Gender::kUnknown; }

  bool IsCueParticiple(std::string_view word) const override { return word.ends_with("ing"); }

  bool TakesAddressee(std::string_view verb) const override {
    return InListCaseless(verb, {"told", "tells", "tell", "telling", "informed", "informs",
                                 "assured", "asked", "asks", "asking", "warned", "urged"});
  }

  bool OpensSourcePhrase(std::string_view first, std::string_view second) const override {
    return EqualsAsciiCaseless(first, "according") && second == "to";
  }

  bool OpensSourcePlace(std::string_view, std::string_view) const override { return false; }

  PronounKind ThirdPersonPronoun(std::string_view word) const override {
    // Asked of every word of a text: every pronoun below starts with h, s
    // or t and, with a contraction, has at most 15 bytes.
    const char first = word.empty() ? '\0' : static_cast<char>(word[0] | 0x20);
    if (word.size() > 15 || (first != 'h' && first != 's' && first != 't')) {
      return PronounKind::kNone;
    }
    word = WithoutContraction(word);
    if (InListCaseless(word, {"he", "him", "his", "himself"})) return PronounKind::kMale;
    if (InListCaseless(word, {"she", "her", "hers", "herself"})) return PronounKind::kFemale;
    if (InListCaseless(word, {"they", "them", "their", "themselves"})) return PronounKind::kPlural;
    return PronounKind::kNone;
  }

  bool IsSubjectPronoun(std::string_view word) const override {
    word = WithoutContraction(word);
    return EqualsAsciiCaseless(word, "he") || EqualsAsciiCaseless(word, "she");
  }

  bool IsPersonNoun(std::string_view word) const override {
    static const WordSet set(kPersonNouns);
    return Contains(set, word);
  }
  bool IsSpokesNoun(std::string_view word) const override {
    static const WordSet set(kSpokesNouns);
    return Contains(set, word);
  }
  bool IsGroupNoun(std::string_view word) const override {
    static const WordSet set(kGroupNouns);
    return Contains(set, word);
  }
  bool IsInstitutionNoun(std::string_view word) const override {
    static const WordSet set(kInstitutionNouns);
    return Contains(set, word);
  }
  bool IsCrowdNoun(std::string_view word) const override {
    static const WordSet set(kCrowdNouns);
    return Contains(set, word);
  }
  bool IsDocumentNoun(std::string_view word) const override {
    static const WordSet set(kDocumentNouns);
    return Contains(set, word);
  }

  Gender PersonNounGender(std::string_view word) const override {
    // "chairman" is said of women too; left out.
    static constexpr std::string_view kFemaleNouns[] = {
        "actress",     "businesswoman", "congresswoman", "councilwoman", "daughter",
        "grandmother", "mother",        "mrs",           "ms",           "sister",
        "spokeswoman", "widow",         "wife",          "girlfriend",   "niece",
        "aunt",        "granddaughter", "stepmother",    "fiancee",      "madam"};
    static constexpr std::string_view kMaleNouns[] = {
        "brother", "businessman", "congressman", "councilman", "father",  "grandfather",
        "husband", "mr",          "son",         "spokesman",  "widower", "boyfriend",
        "nephew",  "uncle",       "grandson",    "stepfather", "fiance"};
    static const WordSet female(kFemaleNouns);
    static const WordSet male(kMaleNouns);
    if (female.Has(word)) return Gender::kFemale;
    if (male.Has(word)) return Gender::kMale;
    return Gender::kUnknown;
  }

  Gender NameGender(const std::vector<std::string_view>& words) const override {
    return GenderOfNameWords(words);
  }

  bool IsPersonTitle(std::string_view word) const override {
    static const WordSet set(kPersonTitles);
    return Contains(set, word);
  }
  bool IsDeterminer(std::string_view word) const override {
    static const WordSet set(kDeterminers);
    return Contains(set, word);
  }

  bool StopsPhrase(std::string_view word) const override {
    return InList(
        word, {"in",    "at",   "on",    "during",  "after", "before", "to",      "with",  "from",
               "via",   "when", "while", "as",      "who",   "which",  "that",    "and",   "but",
               "about", "of",   "for",   "last",    "this",  "on",     "earlier", "later", "adding",
               "told",  "said", "says",  "because", "if",    "than",   "since",   "over",  "by"});
  }

  bool IsCueFiller(std::string_view word) const override {
    return InList(word, {"also",   "later",    "then",       "further", "once",  "again",
                         "simply", "recently", "previously", "earlier", "had",   "has",
                         "have",   "was",      "would",      "will",    "could", "is",
                         "just",   "even",     "now",        "quickly", "still", "often",
                         "never",  "always",   "himself",    "herself"}) ||
           (word.size() > 4 && word.ends_with("ly") && !StartsUpper(word));
  }

  bool IsSentenceOpener(std::string_view word) const override {
    return InListCaseless(word, {"and", "but", "so", "still", "yet", "meanwhile", "instead", "now",
                                 "later", "then", "also", "however"});
  }

  bool IsClauseOpener(std::string_view word) const override {
    return IsSentenceOpener(word) ||
           InListCaseless(word,
                          {"though", "although", "when", "while", "as", "because", "if", "since",
                           "whereas", "or", "whom", "who", "which", "where", "that"});
  }

  bool IsRelativePronoun(std::string_view word) const override {
    return EqualsAsciiCaseless(word, "who");
  }

  bool IsIndefinite(std::string_view word) const override {
    return InListCaseless(word, {"a", "an", "one", "another", "others", "someone", "somebody"});
  }

  bool IsAnonymousNoun(std::string_view word) const override {
    static const WordSet set(kAnonymousNouns);
    return Contains(set, word);
  }

  bool IsFirstPersonPronoun(std::string_view word) const override { return word == "I"; }

  bool OpensIntroPhrase(std::string_view word) const override {
    return InListCaseless(
        word, {"on", "in", "at", "after", "during", "speaking", "asked", "before", "with",
               "earlier", "writing", "addressing", "here", "there", "for"});
  }

  bool IsTimeWord(std::string_view word) const override {
    return InList(word, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                         "Sunday", "yesterday", "today", "tonight", "recently"});
  }

  bool IntroducesName(std::string_view word) const override {
    return InListCaseless(
        word,
        {"the",    "a",        "an",        "of",     "called", "so-called", "dubbed", "named",
         "titled", "entitled", "word",      "term",   "as",     "brand",     "his",    "her",
         "their",  "its",      "our",       "my",     "this",   "that",      "these",  "those",
         "for",    "in",       "on",        "at",     "from",   "to",        "by",     "with",
         "about",  "into",     "nicknamed", "slogan", "label",  "labeled",   "branded"});
  }

  bool MayNameAlone(std::string_view) const override { return true; }

  bool OnlyACommonWord(std::string_view word) const override {
    word = WithoutContraction(word);
    return !word.empty() && OnlyACommonEnglishWord(word);
  }

  bool NeverAName(std::string_view word) const override {
    return InListCaseless(WithoutContraction(word),
                          {"it", "its", "we", "you", "they", "there", "here", "this", "that",
                           "these", "those", "what"});
  }

  bool SubjectNearVerb() const override { return false; }

  bool CueNeedsDash() const override { return false; }

  bool DashOpensSpeech() const override { return false; }

  bool SameNameWord(std::string_view mention, std::string_view name) const override {
    return ExactNameWord(mention, name);
  }
};

}  // namespace

const QuoteLexicon& EnglishQuoteLexicon() {
  static const EnglishLexicon lexicon;
  return lexicon;
}

}  // namespace dossier::internal
