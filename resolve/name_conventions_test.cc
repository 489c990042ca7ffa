// Naming conventions of the world's lists (issue 13): comma inversion,
// Western middle names, Arabic, East Asian and Spanish names, particles; and
// the pairs that must not match.
#include "resolve/internal/name_conventions.h"

#include <gtest/gtest.h>

#include "resolve/name_match.h"
#include "resolve/person_name.h"

namespace dossier {
namespace {

using V = MatchVerdict;

TEST(PersonWordKeyTest, Conventions) {
  const struct {
    const char* a;
    const char* b;
  } same_key[] = {
      {"al-Nouri", "Nouri"},
      {"El-Sayed", "Sayed"},
      {"ar-Rahman", "Rahman"},
      {"Abdurrahman", "Abdulrahman"},
      {"Abdelaziz", "Abdulaziz"},
      {"Mohammed", "Muhammad"},
      {"Mohamed", "Mohammad"},
      {"Gim", "Kim"},
      {"Choe", "Choi"},
      {"Pak", "Park"},
      {"Rhee", "Lee"},
      {"Hsu", "Xu"},
  };
  for (const auto& c : same_key) {
    EXPECT_EQ(internal::PersonWordKey(c.a), internal::PersonWordKey(c.b)) << c.a << " / " << c.b;
  }
  // Not every al- or abd- is an article or a compound.
  EXPECT_NE(internal::PersonWordKey("Alnouri"), internal::PersonWordKey("Nouri"));
  EXPECT_EQ(internal::PersonWordKey("Abdullah"), "abdulah");
}

struct ParseCase {
  const char* input;
  std::vector<std::string> given;
  const char* surname;
  std::vector<std::string> other_surnames;
  std::vector<std::string> particles;
};

void ExpectParses(const std::vector<ParseCase>& cases) {
  for (const ParseCase& c : cases) {
    const PersonName n = ParsePersonName(c.input);
    EXPECT_EQ(n.given, c.given) << c.input;
    EXPECT_EQ(n.surname, c.surname) << c.input;
    EXPECT_EQ(n.other_surnames, c.other_surnames) << c.input;
    EXPECT_EQ(n.particles, c.particles) << c.input;
  }
}

TEST(ParsePersonNameTest, WorldConventions) {
  const std::vector<ParseCase> cases = {
      // Comma inversion with several words on each side.
      {"KHALED AL-NOURI, ABDUL RAHIM", {"ABDUL RAHIM"}, "KHALED", {"AL-NOURI"}, {}},
      {"GARCIA LOPEZ, Maria Jose", {"Maria", "Jose"}, "GARCIA", {"LOPEZ"}, {}},
      {"Smith, John Paul", {"John", "Paul"}, "Smith", {}, {}},
      // Particles in capitals before the comma and inside a name.
      {"BIN SALEH, AHMED", {"AHMED"}, "SALEH", {}, {"BIN"}},
      {"VAN DER BERG, Jan", {"Jan"}, "BERG", {}, {"VAN", "DER"}},
      {"Khaled Al Nouri", {"Khaled"}, "Nouri", {}, {"Al"}},
      // A capitalized first word may be a given name; a last word is never a
      // particle.
      {"Al Gore", {"Al"}, "Gore", {}, {}},
      // Abd compounds are one given name.
      {"Abd al-Rahim Khalaf", {"Abd al-Rahim"}, "Khalaf", {}, {}},
      // A given name in syllables beside an East Asian family name.
      {"KIM, Jong Un", {"Jong Un"}, "KIM", {}, {}},
      {"Moon Jae In", {"Jae In"}, "Moon", {}, {}},
  };
  ExpectParses(cases);
}

struct PairCase {
  const char* a;
  const char* b;
  MatchVerdict verdict;
};

void ExpectVerdicts(const std::vector<PairCase>& cases) {
  const MatchOptions options;
  for (const PairCase& c : cases) {
    const NameMatch m = CompareNames(c.a, c.b, EntityType::kPerson);
    EXPECT_EQ(MatchVerdictName(m.verdict), MatchVerdictName(c.verdict))
        << c.a << " / " << c.b << ": " << m.score << " " << m.reasons;
    const NameMatch back = CompareNames(c.b, c.a, EntityType::kPerson);
    EXPECT_EQ(MatchVerdictName(back.verdict), MatchVerdictName(m.verdict))
        << "not symmetric: " << c.a << " / " << c.b << ": " << back.reasons;
    // Reported at the default threshold only when same or possible.
    if (c.verdict != V::kSame) {
      EXPECT_LT(m.score, options.same_threshold) << c.a << " / " << c.b;
    }
  }
}

TEST(CompareNamesTest, CommaInversion) {
  ExpectVerdicts({
      {"KHALED AL-NOURI, ABDUL RAHIM", "ABDUL RAHIM KHALED AL-NOURI", V::kSame},
      {"KHALED AL-NOURI, ABDUL RAHIM", "Abdul Rahim al-Nouri", V::kSame},
      {"BIN SALEH, AHMED", "Ahmed bin Saleh", V::kSame},
      {"GARCIA LOPEZ, Maria Jose", "Maria Jose Garcia Lopez", V::kSame},
      {"Smith, John Paul", "John Paul Smith", V::kSame},
      {"VAN DER BERG, Jan", "Jan van der Berg", V::kSame},
      {"BEETHOVEN, Ludwig van", "Ludwig van Beethoven", V::kSame},
      {"VON DER LEYEN, Ursula", "Ursula von der Leyen", V::kSame},
      {"Gore, Al", "Al Gore", V::kSame},
  });
}

TEST(CompareNamesTest, WesternMiddleNames) {
  ExpectVerdicts({
      // A middle name or its initial on one side only is compatible.
      {"John Paul Smith", "John Smith", V::kSame},
      {"John F. Kennedy", "John Fitzgerald Kennedy", V::kSame},
      {"Mary Ann Walsh", "Mary Walsh", V::kSame},
      // Different middle names: at most a weak possible, below the threshold.
      {"John Paul Smith", "John Peter Smith", V::kPossible},
      // A shared given or middle name with another surname is not the person.
      {"Annette Christine Walsh", "Janet Christine Diaz", V::kDifferent},
      {"Christine Walsh", "Christine Diaz", V::kDifferent},
      {"Mary Smith", "John Smith", V::kRelated},
  });
  // Equal up to spelling scores 1; a middle name on one side does not.
  EXPECT_DOUBLE_EQ(CompareNames("John Smith", "JOHN SMITH", EntityType::kPerson).score, 1.0);
  EXPECT_LT(CompareNames("John Paul Smith", "John Smith", EntityType::kPerson).score, 1.0);
  EXPECT_LT(
      CompareNames("Annette Christine Walsh", "Janet Christine Diaz", EntityType::kPerson).score,
      0.70);
  EXPECT_EQ(CompareNames("John Paul Smith", "John Peter Smith", EntityType::kPerson).reasons,
            "surname: Smith = Smith; given name: John = John; middle name: Paul ≠ Peter; other "
            "given names differ");
}

TEST(CompareNamesTest, ArabicNames) {
  ExpectVerdicts({
      {"Abdul Rahman al-Hassan", "Abdurrahman Hassan", V::kSame},
      {"Abd al-Aziz bin Saud", "Abdulaziz Saud", V::kSame},
      {"Mohammed bin Salman", "Muhammad bin Salman", V::kSame},
      {"Mohamed Salah", "Mohammad Salah", V::kSame},
      {"Ahmed bin Saleh", "Ahmed bin Khalid", V::kDifferent},
      // One ism in common, another father: a weak possible at most.
      {"Ahmed Saleh Al-Nouri", "Ahmed Hassan Al-Nouri", V::kPossible},
      {"Omar Al-Nouri", "Khaled Al-Nouri", V::kRelated},
  });
}

TEST(CompareNamesTest, EastAsianNames) {
  ExpectVerdicts({
      {"Kim Jong Un", "KIM Jong-un", V::kSame},
      {"Kim Jong Un", "Gim Jong Un", V::kSame},
      {"Jong Un Kim", "Kim Jong Un", V::kSame},
      {"KIM, Jong Un", "Jong-Un Kim", V::kSame},
      {"Choe Ryong Hae", "Choi Ryong-hae", V::kSame},
      {"Xi Jinping", "Xi Jin Ping", V::kSame},
      {"Xi Jinping", "JINPING Xi", V::kSame},
      {"Kim Jong Un", "Kim Yo Jong", V::kRelated},
      {"Kim Jong Un", "Park Jong Un", V::kDifferent},
      // Common family names beyond the first twenty are family names too:
      // Hong is not Song, Han is not Ban.
      {"HONG, Su Ok", "SONG, Su Ok", V::kDifferent},
      {"Han Chol Su", "HAN, Chol-su", V::kSame},
      {"Song Jae Jong", "Jae-jong Song", V::kSame},
      {"Feng Xiaoming", "Peng Xiaoming", V::kDifferent},
      // An East Asian family name at one end decides the order: the given
      // names are never read as family names ("Zhang Haitao" is not Mr
      // Haitao), but a Western given name keeps both orders.
      {"Zhang Haitao", "Wang Haitao", V::kDifferent},
      {"Liu Yongdong", "Li Yonghong", V::kDifferent},
      {"Haitao Zhang", "ZHANG, Haitao", V::kSame},
      {"Kim Basinger", "Basinger, Kim", V::kSame},
      // A slip that leaves no syllables is a slip; another syllable is
      // another name.
      {"Chen Pimg", "Chen Ping", V::kSame},
      {"Ma Weijni", "Ma Weijin", V::kSame},
      {"Kim Mni Jong", "Kim Min Jong", V::kSame},
      {"Kim Jong Un", "Kim Jong Il", V::kRelated},
      // One slip in a family name makes a word that is none (Wnag), found
      // as possible; two family names one letter apart stay two.
      {"Wnag Huajun", "Wang Huajun", V::kPossible},
      {"Chej Tao", "Chen Tao", V::kPossible},
  });
  // A possible slip is reported at the default threshold.
  EXPECT_GE(CompareNames("Wnag Huajun", "Wang Huajun", EntityType::kPerson).score, 0.70);
  EXPECT_EQ(CompareNames("Chen Pimg", "Chen Ping", EntityType::kPerson).reasons,
            "surname: Chen = Chen; given name: Pimg ~ Ping, 1 similar letter (a slip: not "
            "syllables)");
}

TEST(NameConventionsTest, RomanizedSyllables) {
  const struct {
    const char* latin;
    bool syllables;
  } cases[] = {
      {"jinping", true},  {"jongun", true},    {"hsinfeng", true}, {"chiangjin", true},
      {"yeonghui", true}, {"xiaojun", true},   {"pimg", false},    {"weijni", false},
      {"mnijong", false}, {"chiagjin", false}, {"", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(internal::IsRomanizedSyllables(c.latin), c.syllables) << c.latin;
  }
}

TEST(CompareNamesTest, SpanishDoubleSurnames) {
  ExpectVerdicts({
      {"Maria Garcia Lopez", "Maria Garcia", V::kSame},
      {"GARCIA LOPEZ, Maria", "Maria Garcia", V::kSame},
      {"Juan Carlos Rodriguez Perez", "Juan Rodriguez", V::kSame},
      {"Maria Garcia Lopez", "Maria Fernandez Lopez", V::kPossible},
      {"Maria Garcia", "Maria Fernandez", V::kDifferent},
      // The family's surname is the first: without it, or with the two in
      // the other order, the name is another family's (a weak possible,
      // below the default threshold).
      {"Ana Cruz Díaz", "Ana Díaz", V::kPossible},
      {"Eduardo Antonio Flores Ramos", "Eduardo Ramos", V::kPossible},
      {"Ana Reyes Salazar", "SALAZAR REYES, Ana", V::kPossible},
      {"Sergio Martinez González", "Sergio González Martinez", V::kPossible},
      // The second surname left out, or the comma form, is the person.
      {"Ana Cruz Díaz", "Ana Cruz", V::kSame},
      {"Ana Cruz Díaz", "CRUZ DIAZ, Ana", V::kSame},
      {"Maria Jose Garcia Lopez", "GARCIA LOPEZ, Maria Jose", V::kSame},
      // Without a Spanish cue a middle name is a middle name.
      {"John Fitzgerald Kennedy", "John Kennedy", V::kSame},
      // A Spanish surname that ends as a Slavic one does is still a first
      // surname, never a middle name to leave out.
      {"Jose José Medina Martínez", "José Martínez", V::kPossible},
      {"Jose Medina Martínez", "José Medina", V::kSame},
      // The best pair of "given names" may itself be the two surnames in
      // the other order.
      {"Marta Carlos Pérez Peña", "María Pena Perez", V::kPossible},
  });
  for (const auto& [a, b] : std::vector<std::pair<const char*, const char*>>{
           {"Ana Cruz Díaz", "Ana Díaz"},
           {"Ana Reyes Salazar", "SALAZAR REYES, Ana"},
           {"Jose José Medina Martínez", "José Martínez"},
           {"Marta Carlos Pérez Peña", "María Pena Perez"}}) {
    EXPECT_LT(CompareNames(a, b, EntityType::kPerson).score, 0.70) << a << " / " << b;
  }
  EXPECT_EQ(CompareNames("Ana Cruz Díaz", "Ana Díaz", EntityType::kPerson).reasons,
            "surname: Díaz = Díaz; given name: Ana = Ana; first surname: Cruz on one side only; "
            "the family names differ");
  EXPECT_EQ(CompareNames("Ana Reyes Salazar", "SALAZAR REYES, Ana", EntityType::kPerson).reasons,
            "surname: Salazar = SALAZAR; given name: Ana = Ana; surnames in the other order: "
            "Reyes / REYES; the family names differ");
}

TEST(CompareNamesTest, ListedGivenNamesAreOneNameOnlyAsVariants) {
  ExpectVerdicts({
      // Two names of our list that are not variants of one name are two
      // names, however alike they are written.
      {"DIAZ MORALES, Marta", "María Morales Diaz", V::kPossible},
      {"Marta Morales", "Maria Morales", V::kRelated},
      {"Jan Cruz", "Juan Cruz", V::kRelated},
      {"Yegor Belov", "Igor Belov", V::kRelated},
      {"Zhanna Volkova", "Anna Volkova", V::kRelated},
      {"Aleksandr Ivanov", "Alexandra Ivanov", V::kRelated},
      {"Darya Sergeeva", "Dariga Sergeeva", V::kRelated},
      // Listed variants across languages and romanizations are one name.
      {"Aleksandr Ivanov", "Alexander Ivanov", V::kSame},
      {"Pavel Ivanov", "Paul Ivanov", V::kSame},
      {"Yelena Petrova", "Helen Petrova", V::kSame},
      {"Leila Hassan", "Layla Hassan", V::kSame},
      // Spellings that fold to one skeleton are one name; a word of no list
      // keeps the similarity and the slip (Jelena, Mariia).
      {"Sergey Ivanov", "Sergei Ivanov", V::kSame},
      {"Mariia Popova", "Maria Popova", V::kSame},
      {"Jelena Popova", "Yelena Popova", V::kSame},
      // German spells Zhanna Schanna: that name, not a slip of Anna.
      {"Schanna Utemissewa", "Zhanna Utemisova", V::kSame},
      {"Schanna Utemissewa", "Anna Utemisova", V::kRelated},
  });
  EXPECT_LT(CompareNames("DIAZ MORALES, Marta", "María Morales Diaz", EntityType::kPerson).score,
            0.70);
  // One typing slip apart: the name alone stays below the threshold, and a
  // date of birth decides (ScreeningIndexTest.GivenNameSlipAndBirthDay).
  const NameMatch typo = CompareNames("Marta Morales", "Maria Morales", EntityType::kPerson);
  EXPECT_EQ(typo.reasons,
            "surname: Morales = Morales; given name: Marta ≠ Maria; same surname, given names one "
            "letter apart: one person only if the date of birth agrees");
  EXPECT_TRUE(typo.birth_day_decides);
  EXPECT_DOUBLE_EQ(typo.score, 0.69);
  const NameMatch apart = CompareNames("Yegor Belov", "Igor Belov", EntityType::kPerson);
  EXPECT_EQ(
      apart.reasons,
      "surname: Belov = Belov; given name: Yegor ≠ Igor; same surname, different given names");
  EXPECT_FALSE(apart.birth_day_decides);
}

TEST(CompareNamesTest, FamilyNamesReadFromGivenNamesOnBothSides) {
  ExpectVerdicts({
      // Both names read surname first against their parses ("Mr Kevin"):
      // a weak possible at most.
      {"Kevin Davis", "Kevin David Johnson", V::kPossible},
      {"Ann Edwards", "Edward Ann Wilson", V::kPossible},
      {"Brian Kennedy", "Bryan Kenneth Williams", V::kPossible},
      // A name listed surname first still meets the given-first form.
      {"Kevin Davis", "DAVIS, Kevin", V::kSame},
      {"Davis Kevin", "Kevin Davis", V::kSame},
      {"Kevin David Johnson", "JOHNSON, Kevin David", V::kSame},
  });
  EXPECT_EQ(CompareNames("Kevin Davis", "Kevin David Johnson", EntityType::kPerson).reasons,
            "surname: Kevin = Kevin; given name: Davis ~ David, 1 letter; middle name: Johnson on "
            "one side only; the family names are read from given names on both sides");
}

TEST(CompareNamesTest, SpanishFirstSurnameIsNoGivenName) {
  ExpectVerdicts({
      // A first surname pairs with a given name of our list only one typing
      // slip apart, and with another surname one slip apart.
      {"GARCIA, Diego Teresa", "Diego Torres Garcia", V::kPossible},
      {"Manuel Fernandez Garcia", "Manuel Fernando Garcia García", V::kPossible},
      {"José Castro Rodriguez", "Jose Maria Castillo Rodríguez", V::kPossible},
      {"Maria Rosa Garcia Vasquez", "María Rios Garcia", V::kPossible},
      // A mistyped middle name read as a first surname is still the name.
      {"Maria Pedo Martinez", "Maria Pedro Martinez", V::kSame},
      {"Jose Castro Rodriguez", "Jose Castor Rodriguez", V::kSame},
  });
  EXPECT_EQ(CompareNames("GARCIA, Diego Teresa", "Diego Torres Garcia", EntityType::kPerson).score,
            0.69);
}

TEST(CompareNamesTest, SurnamesMoreThanOneSlipApart) {
  ExpectVerdicts({
      // Vowels and confusable letters are what romanizations disagree on.
      {"Husein Ali", "Hosain Ali", V::kSame},
      {"Ekaterina Kozhakhmetova", "Jekaterina Koschachmetowa", V::kSame},
      // A full letter and more: another family as often as the same.
      {"Vladimir Nurmaganbetkhanov", "Vladimir Nurmaganbettaiov", V::kPossible},
  });
  EXPECT_EQ(
      CompareNames("Vladimir Nurmaganbetkhanov", "Vladimir Nurmaganbettaiov", EntityType::kPerson)
          .reasons,
      "surname: Nurmaganbetkhanov ~ Nurmaganbettaiov, 1 similar letter, 1 letter; given "
      "name: Vladimir = Vladimir; the surnames differ by more than one slip");
}

// A Russian Cyrillic vowel stands for one letter, which every romanization
// spells alike but ё (e, yo, o) and the national spellings' a for o or e: an
// i, or a u for a or e, is a full letter.
TEST(CompareNamesTest, VowelsOfRussianCyrillicAreLetters) {
  ExpectVerdicts({
      // Must match: ё written е and romanized yo; French ou for у; one
      // mistyped vowel alone is one slip.
      {"Михаил Горбачев", "Mikhail Gorbachyov", V::kSame},
      {"Пётр Фёдоров", "Pyotr Fiodorov", V::kSame},
      {"Анна Мусина", "Anna Moussina", V::kSame},
      {"Иван Мусин", "Иван Мусан", V::kSame},
      {"Иван Мусин", "Ivan Musan", V::kSame},
      // ... also when the skeleton's folding hides it (oo is u): a
      // transposition, a letter doubled for a vowel.
      {"Елена Марковова", "Елена Маркоовва", V::kSame},
      {"Александр Жудедеев", "Александр Жуддеев", V::kSame},
      // Must not match: a vowel for another and a confusable letter are two
      // slips against the Cyrillic (Мусин / Мазин are two family names),
      // where two Latin spellings may be romanizations of one name.
      {"Иван Мусин", "Ivan Mazin", V::kPossible},
      {"Анна Мусина", "Анна Мазина", V::kPossible},
      {"Анна Тихаова", "Anna Tokaova", V::kPossible},
      {"Ivan Musin", "Ivan Mazin", V::kSame},
      // Kazakh letters mark a name that Russian and Kazakh spellings write
      // with other vowels; Uzbek and Tajik spellings write o for а, and
      // ә / ə as a or e.
      {"Ерлан Жүсіпов", "Erlan Zhusupov", V::kSame},
      {"Рустам Мухамеджанов", "Rustam Muhammadjonov", V::kSame},
      {"Мирзо Турсунзаде", "Mirzo Tursunzoda", V::kSame},
  });
  const NameMatch m = CompareNames("Иван Мусин", "Ivan Mazin", EntityType::kPerson);
  EXPECT_EQ(m.score, 0.69);
  EXPECT_EQ(m.reasons,
            "surname: Мусин ~ Mazin, 1 vowel, 1 similar letter; given name: Иван = Ivan; the "
            "surnames differ by more than one slip (a vowel for another in Мусин)");
}

// The comma of "SURNAME, Given" typed as a letter: a word in capitals but for
// one lower-case letter at its end, after capitals only and before words in
// mixed case only, is that word and the comma.
TEST(ParsePersonNameTest, CommaTypedAsLetter) {
  const std::vector<ParseCase> cases = {
      {"SHINq Yong Yong", {"Yong Yong"}, "SHIN", {}, {}},
      {"TORRES SANCHEZm Juan", {"Juan"}, "TORRES", {"SANCHEZ"}, {}},
      {"MORGANa William Mark", {"William", "Mark"}, "MORGAN", {}, {}},
      // Not a comma: a letter doubled in a word without a vowel, capitals
      // after the word, a comma elsewhere, a last word.
      {"RRi Jong Su", {"Jong Su"}, "RRi", {}, {}},
      {"SHINq YONG YONG", {"SHINq", "YONG"}, "YONG", {}, {}},
      {"GIj, Jong Ok", {"Jong", "Ok"}, "GIj", {}, {}},
      {"Juan TORRESm", {"Juan"}, "TORRESm", {}, {}},
  };
  ExpectParses(cases);
}

TEST(CompareNamesTest, CommaTypedAsLetter) {
  ExpectVerdicts({
      // Must match: the list form with its comma mistyped.
      {"SHINq Yong Yong", "SHIN, Yong Yong", V::kSame},
      {"TORRES SANCHEZm Juan", "Juan Torres Sánchez", V::kSame},
      {"MORGANa William Mark", "William Mark Morgan", V::kSame},
      {"RRi Jong Su", "Ri Jong Su", V::kSame},
      // Must not match: the comma read gives the family name, which must
      // still agree, in its place.
      {"SHINq Yong Yong", "SONG, Yong Yong", V::kDifferent},
      {"TORRES SANCHEZm Juan", "Juan Sanchez Torres", V::kPossible},
  });
}

// A nasab particle with one slip ("binn", "kin" for bin), in lower case
// inside a name that writes another one, is the particle.
TEST(ParsePersonNameTest, NasabParticleSlip) {
  const std::vector<ParseCase> cases = {
      {"Mohammad binn Ahmad bin Ali Hamdani", {"Mohammad", "Ali"}, "Hamdani", {}, {"binn", "bin"}},
      {"Ahmad kin Bilal bin Faisal Al Zawahiri",
       {"Ahmad", "Faisal"},
       "Zawahiri",
       {},
       {"kin", "bin", "Al"}},
      // Without another nasab particle, or capitalized, a word stays a name.
      {"Ahmad binn Bilal", {"Ahmad", "binn"}, "Bilal", {}, {}},
      {"Ahmad Kin Bilal bin Faisal", {"Ahmad", "Kin", "Bilal"}, "Faisal", {}, {"bin"}},
  };
  ExpectParses(cases);
}

TEST(CompareNamesTest, NasabParticleSlip) {
  ExpectVerdicts({
      // Must match: the particle mistyped.
      {"Mohammad binn Ahmad bin Ali Hamdani", "Mohammad bin Ahmad bin Ali Hamdani", V::kSame},
      {"Ahmad kin Bilal bin Faisal Al Zawahiri", "Ahmad bin Bilal bin Faisal Al Zawahiri",
       V::kSame},
      // Must not match: the father read after the slip must still agree.
      {"Mohammad binn Ahmad bin Ali Hamdani", "Mohammad bin Umar bin Ali Hamdani", V::kRelated},
  });
}
}  // namespace
}  // namespace dossier
