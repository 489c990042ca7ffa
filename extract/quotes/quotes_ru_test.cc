// Golden tables for Russian quotations: guillemets and „ “ (nested too),
// dash dialogue and interview answers, cue verbs in every tense, gender and
// order, source phrases, headlines, pronouns and descriptions, inflected
// names. Entities are given by hand (not tagged), so the rows test the
// quotation rules alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "extract/quotes/internal/name_forms_ru.h"
#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/quotes.h"
#include "text/testing/test_document.h"

namespace dossier {
namespace {

// A person (or organization) and the ways the text writes it.
struct Named {
  std::string name;
  std::vector<std::string> forms;  // every occurrence of each becomes a mention
  EntityType type = EntityType::kPerson;
};

// One passage per line; a line starting with "# " is a heading.
NormalizedDocument RussianDocument(const std::string& source, std::string_view language = "ru") {
  std::string text;
  for (char c : source) {
    if (c == '\n') {
      text += "\n\n";
    } else {
      text += c;
    }
  }
  NormalizedDocument doc = MakeTestDocument(text);
  doc.language = std::string(language);
  return doc;
}

// True when the byte at `at` starts or continues a letter (ASCII or Cyrillic).
bool LetterAt(const std::string& text, size_t at) {
  if (at >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[at]);
  return std::isalpha(c) || c >= 0x80;
}

// Each form's whole-word occurrences become mentions, unless they overlap
// one found before (the longer forms are listed first).
std::vector<Entity> EntitiesOf(const NormalizedDocument& doc, const std::vector<Named>& named) {
  std::vector<Entity> entities;
  std::vector<Span> taken;
  for (const Named& n : named) {
    Entity e;
    e.id = "e" + std::to_string(entities.size() + 1);
    e.type = n.type;
    e.name = n.name;
    for (const std::string& form : n.forms) {
      for (size_t at = doc.text.find(form); at != std::string::npos;
           at = doc.text.find(form, at + form.size())) {
        const Span span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + form.size())};
        if (LetterAt(doc.text, span.end) || (at > 0 && LetterAt(doc.text, at - 1))) continue;
        bool overlaps = false;
        for (Span t : taken) overlaps |= t.start < span.end && span.start < t.end;
        if (overlaps) continue;
        taken.push_back(span);
        e.mentions.push_back({span, form});
      }
    }
    std::sort(
        e.mentions.begin(), e.mentions.end(),
        [](const EntityMention& a, const EntityMention& b) { return a.span.start < b.span.start; });
    entities.push_back(std::move(e));
  }
  return entities;
}

// One line per quotation: "text => speaker name (cue)".
std::vector<std::string> Describe(const std::string& source, const std::vector<Named>& named,
                                  std::string_view language = "ru") {
  NormalizedDocument doc = RussianDocument(source, language);
  std::vector<Entity> entities = EntitiesOf(doc, named);
  std::vector<std::string> out;
  for (const Quote& q : ExtractQuotes(doc, &entities)) {
    std::string speaker = "null";
    for (const Entity& e : entities) {
      if (e.id == q.speaker) speaker = e.name;
    }
    out.push_back(q.text + " => " + speaker + " (" + q.cue + ")");
  }
  return out;
}

struct Case {
  std::string text;
  std::vector<Named> named;
  std::vector<std::string> expected;
};

const Named kTulegenov{"Арман Тулегенов", {"Арман Тулегенов", "Тулегенов"}};
const Named kDariga{"Дарига Назарбаева", {"Дарига Назарбаева"}};
const Named kNursultan{"Нурсултан Назарбаев", {"Нурсултан Назарбаев"}};

TEST(QuotesRuTest, MarksAndCuesGoldenTable) {
  const Case cases[] = {
      // After the quotation: verb, then speaker (the usual order).
      {"«Мы не уйдём с рынка», — сказал Арман Тулегенов.",
       {kTulegenov},
       {"Мы не уйдём с рынка => Арман Тулегенов (сказал)"}},
      {"«Это неправда», — заявила Дарига Назарбаева.",
       {kDariga},
       {"Это неправда => Дарига Назарбаева (заявила)"}},
      // The quotation ends in a letter whose last byte is 0x85 or 0xA0 (the
      // code points of NEL and NBSP): the letter is kept whole.
      {"«Средства ушли на их», — заявил Арман Тулегенов.",
       {kTulegenov},
       {"Средства ушли на их => Арман Тулегенов (заявил)"}},
      {"«Всё было à», — заявил Арман Тулегенов.",
       {kTulegenov},
       {"Всё было à => Арман Тулегенов (заявил)"}},
      // The other order: speaker, then verb.
      {"«Станция работала без лицензии», — Тулегенов признал.",
       {kTulegenov},
       {"Станция работала без лицензии => Арман Тулегенов (признал)"}},
      // Before the quotation, with a colon.
      {"Тулегенов заявил: «Мы ничего не нарушали».",
       {kTulegenov},
       {"Мы ничего не нарушали => Арман Тулегенов (заявил)"}},
      // „ “ marks, present tense.
      {"„Мы открыты для диалога“, — подчёркивает Тулегенов.",
       {kTulegenov},
       {"Мы открыты для диалога => Арман Тулегенов (подчёркивает)"}},
      // Nested «„…“»: the inner quotation belongs to the outer one.
      {"«Он сказал мне: „Уезжай“, и я уехал», — рассказал Тулегенов.",
       {kTulegenov},
       {"Он сказал мне: „Уезжай“, и я уехал => Арман Тулегенов (рассказал)"}},
      // The cue inside the quotation, between dashes.
      {"«Мы продали станцию, — говорит Тулегенов, — но долги остались».",
       {kTulegenov},
       {"Мы продали станцию, но долги остались => Арман Тулегенов (говорит)"}},
      // Opinion verbs and short adjectives: считает, уверен.
      {"«Рынок восстановится через год», — уверен Тулегенов.",
       {kTulegenov},
       {"Рынок восстановится через год => Арман Тулегенов (уверен)"}},
      {"«Рынок восстановится через год», — считает Дарига Назарбаева.",
       {kDariga},
       {"Рынок восстановится через год => Дарига Назарбаева (считает)"}},
      // Reflexive verbs in the feminine.
      {"«Я устала от этих слухов», — призналась Дарига Назарбаева.",
       {kDariga},
       {"Я устала от этих слухов => Дарига Назарбаева (призналась)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text, c.named), c.expected) << c.text;
}

// Every verb in both orders: after the speaker and before it.
TEST(QuotesRuTest, CueVerbsGoldenTable) {
  const char* verbs[] = {"сказал",       "заявил",    "отметил",    "сообщил",      "добавил",
                         "подчеркнул",   "пояснил",   "рассказал",  "считает",      "уверен",
                         "прогнозирует", "признался", "говорит",    "пишет",        "уточнил",
                         "ответил",      "напомнил",  "утверждает", "констатировал"};
  for (const char* verb : verbs) {
    const std::string quote = "«Мы не занимались политикой в то время», — ";
    const std::string expected =
        "Мы не занимались политикой в то время => Арман Тулегенов (" + std::string(verb) + ")";
    EXPECT_EQ(Describe(quote + verb + " Тулегенов.", {kTulegenov}),
              std::vector<std::string>{expected})
        << verb;
    EXPECT_EQ(Describe(quote + "Тулегенов " + verb + ".", {kTulegenov}),
              std::vector<std::string>{expected})
        << verb;
  }
  // The feminine of each past form.
  for (const char* verb : {"сказала", "заявила", "отметила", "сообщила", "добавила", "подчеркнула",
                           "пояснила", "рассказала", "уточнила", "уверена"}) {
    EXPECT_EQ(Describe(std::string("«Закон будет принят до конца года», — ") + verb +
                           " Дарига Назарбаева.",
                       {kDariga}),
              std::vector<std::string>{"Закон будет принят до конца года => Дарига Назарбаева (" +
                                       std::string(verb) + ")"})
        << verb;
  }
}

TEST(QuotesRuTest, SourcePhrasesAndHeadlinesGoldenTable) {
  const Case cases[] = {
      // "по словам X" with X inflected: the entity is named in the nominative.
      {"Нурсултан Назарбаев выступил в парламенте. По словам Назарбаева, «страна выбрала свой "
       "путь и не свернёт с него».",
       {kNursultan},
       {"страна выбрала свой путь и не свернёт с него => Нурсултан Назарбаев (По словам)"}},
      {"Нурсултан Назарбаев выступил в парламенте. По мнению Назарбаева, «кризис закончится "
       "к осени следующего года».",
       {kNursultan},
       {"кризис закончится к осени следующего года => Нурсултан Назарбаев (По мнению)"}},
      // However short, a quotation the source phrase and its comma introduce.
      {"Нурсултан Назарбаев выступил в парламенте. По словам Назарбаева, «путь выбран».",
       {kNursultan},
       {"путь выбран => Нурсултан Назарбаев (По словам)"}},
      {"Как сообщает Тулегенов, «станция не получала от государства ни одного тенге».",
       {kTulegenov},
       {"станция не получала от государства ни одного тенге => Арман Тулегенов (Как "
        "сообщает)"}},
      // Where the words were said: a statement, a press office.
      {"«Компания не получала государственных денег», — говорится в заявлении ТОО «Дала "
       "Медиа».",
       {Named{"Дала Медиа", {"Дала Медиа"}, EntityType::kOrganization}},
       {"Компания не получала государственных денег => Дала Медиа (говорится в заявлении)"}},
      {"«Проверка продолжается», — сообщили в пресс-службе компании «Дала Медиа».",
       {Named{"Дала Медиа", {"Дала Медиа"}, EntityType::kOrganization}},
       {"Проверка продолжается => Дала Медиа (сообщили в пресс-службе)"}},
      {"«Проверка продолжается», — сообщили в пресс-службе акимата.",
       {},
       {"Проверка продолжается => null (сообщили в пресс-службе)"}},
      // A headline "X: «…»".
      {"# Назарбаев: «Мы не допустим повторения кризиса»\nНурсултан Назарбаев выступил в "
       "парламенте.",
       {Named{"Нурсултан Назарбаев", {"Нурсултан Назарбаев", "Назарбаев"}}},
       {"Мы не допустим повторения кризиса => Нурсултан Назарбаев ()"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text, c.named), c.expected) << c.text;
}

// A short quotation inside reported speech is the speaker's words.
TEST(QuotesRuTest, PartialQuotationsGoldenTable) {
  const Case cases[] = {
      {"Тулегенов заявил, что этот визит «вызывает сожаление», и уехал.",
       {kTulegenov},
       {"вызывает сожаление => Арман Тулегенов (заявил)"}},
      {"Дарига Назарбаева считает, что на эстраде «гремят ветераны», а молодых не слышно.",
       {kDariga},
       {"гремят ветераны => Дарига Назарбаева (считает)"}},
      // The person right before the verb speaks, not one named earlier.
      {"После встречи с Даригой Назарбаевой Арман Тулегенов заявил, что переговоры «зашли в "
       "тупик».",
       {kTulegenov, Named{"Дарига Назарбаева", {"Даригой Назарбаевой"}}},
       {"зашли в тупик => Арман Тулегенов (заявил)"}},
      {"После поездки Арман Тулегенов и Дарига Назарбаева заявили: «Мы довольны».",
       {kTulegenov, kDariga},
       {"Мы довольны => Арман Тулегенов (заявили)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text, c.named), c.expected) << c.text;
}

TEST(QuotesRuTest, PronounsAndDescriptionsGoldenTable) {
  const Case cases[] = {
      {"Арман Тулегенов возглавлял радио десять лет.\n«Компания работает по закону», — отметил "
       "он.",
       {kTulegenov},
       {"Компания работает по закону => Арман Тулегенов (отметил)"}},
      {"Дарига Назарбаева выступила в сенате.\n«Закон будет принят до конца года», — сказала "
       "она.",
       {kDariga},
       {"Закон будет принят до конца года => Дарига Назарбаева (сказала)"}},
      // "она" skips the man named last.
      {"Дарига Назарбаева встретилась с Арманом Тулегеновым.\n«Мы обсудили будущее радио», — "
       "сказала она.",
       {kDariga, Named{"Арман Тулегенов", {"Арманом Тулегеновым"}}},
       {"Мы обсудили будущее радио => Дарига Назарбаева (сказала)"}},
      {"Бизнесмен Арман Тулегенов купил радиостанцию в 1996 году.\n«Я ни о чём не жалею», — "
       "сказал бизнесмен.",
       {kTulegenov},
       {"Я ни о чём не жалею => Арман Тулегенов (сказал)"}},
      {"Экс-премьер Акежан Кажегельдин живёт в Лондоне.\n«Режим не изменится сам по себе», — "
       "считает экс-премьер.",
       {Named{"Акежан Кажегельдин", {"Акежан Кажегельдин"}}},
       {"Режим не изменится сам по себе => Акежан Кажегельдин (считает)"}},
      // A surname the tagger missed, in another case than the entity's name.
      {"Арман Тулегенов основал радио «Сарыарка».\nПо словам Тулегенова, «в то время других "
       "частных станций в городе не было».",
       {Named{"Арман Тулегенов", {"Арман Тулегенов"}}},
       {"в то время других частных станций в городе не было => Арман Тулегенов (По словам)"}},
      // "сказала": not Nursultan Nazarbayev in the genitive, but a woman the
      // text names no other way.
      {"Нурсултан Назарбаев приехал в Астану.\n«Мы поддерживаем этот проект», — сказала "
       "Назарбаева.",
       {kNursultan},
       {"Мы поддерживаем этот проект => Назарбаева (сказала)"}},
      // "Назарбаева" names Dariga when she is in the text, not her father.
      {"Нурсултан Назарбаев и Дарига Назарбаева приехали в Астану.\n«Мы поддерживаем этот "
       "проект», — сказала Назарбаева.",
       {kNursultan, kDariga},
       {"Мы поддерживаем этот проект => Дарига Назарбаева (сказала)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text, c.named), c.expected) << c.text;
}

TEST(QuotesRuTest, DashDialogueGoldenTable) {
  const Case cases[] = {
      {"Арман Тулегенов вспомнил о радио.\n— Да, с 1996 по 2004 год, — сказал он.",
       {kTulegenov},
       {"Да, с 1996 по 2004 год, => Арман Тулегенов (сказал)"}},
      // Speech resumes after the author's words.
      {"— Нет, — ответила Дарига Назарбаева, — это неправда.",
       {kDariga},
       {"Нет, это неправда. => Дарига Назарбаева (ответила)"}},
      {"— Почему? — спросил Тулегенов.", {kTulegenov}, {"Почему? => Арман Тулегенов (спросил)"}},
      // A verb of no speech still tells who speaks.
      {"— Посмотрим, — улыбнулся Тулегенов.",
       {kTulegenov},
       {"Посмотрим, => Арман Тулегенов (улыбнулся)"}},
      // A colon ending the paragraph before introduces the line.
      {"Тулегенов ответил коротко:\n— Это было давно.",
       {kTulegenov},
       {"Это было давно. => Арман Тулегенов (ответил)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text, c.named), c.expected) << c.text;
}

// The layout of examples/interview_ru.txt: dashed questions and answers.
TEST(QuotesRuTest, InterviewAnswersGoTheInterviewee) {
  const std::string interview =
      "# Интервью: Арман Тулегенов о радио «Сарыарка»\n"
      "Арман Болатович Тулегенов родился 4 марта 1968 года в Караганде. В 1996 г. он основал "
      "радиостанцию «Сарыарка» и руководил ею до 2004 года.\n"
      "— Почему вы уехали из страны?\n"
      "— В 2011 году мне стало ясно, что работать здесь больше нельзя. Я переехал в Вильнюс.\n"
      "— Вы были владельцем станции?\n"
      "— Да, с 1996 по 2004 год. Компания «Дала Медиа» утверждает обратное, но это неправда, — "
      "сказал А.Б. Тулегенов.";
  const Named person{"Арман Болатович Тулегенов",
                     {"Арман Тулегенов", "Арман Болатович Тулегенов", "А.Б. Тулегенов"}};
  const std::vector<std::string> expected = {
      "Почему вы уехали из страны? => null ()",
      "В 2011 году мне стало ясно, что работать здесь больше нельзя. Я переехал в Вильнюс. => "
      "Арман Болатович Тулегенов ()",
      "Вы были владельцем станции? => null ()",
      "Да, с 1996 по 2004 год. Компания «Дала Медиа» утверждает обратное, но это неправда, => "
      "Арман Болатович Тулегенов (сказал)"};
  EXPECT_EQ(Describe(interview, {person}), expected);
  // Without the heading, the answer with a cue names the interviewee.
  const std::string body = interview.substr(interview.find('\n') + 1);
  EXPECT_EQ(Describe(body, {Named{"Арман Болатович Тулегенов",
                                  {"Арман Болатович Тулегенов", "А.Б. Тулегенов"}}}),
            expected);
}

TEST(QuotesRuTest, UnnamedSourcesRelativesAndNarratorsGoldenTable) {
  const Case cases[] = {
      // An unnamed source is a source of its own; "источник" later is the same.
      {"«Решение уже принято», — сообщил источник в правительстве.\n«Указ подпишут в "
       "понедельник», — добавил источник.",
       {kTulegenov},
       {"Решение уже принято => источник (сообщил)",
        "Указ подпишут в понедельник => источник (добавил)"}},
      // "X, который заявил": the name before the relative clause.
      {"Журналисты встретились с Тулегеновым, который заявил: «Мы не продадим станцию».",
       {Named{"Арман Тулегенов", {"Арман Тулегенов", "Тулегеновым"}}},
       {"Мы не продадим станцию => Арман Тулегенов (заявил)"}},
      // A first-person narrator.
      {"«Я ни в чём не виноват», — сказал я судье.",
       {kTulegenov},
       {"Я ни в чём не виноват => narrator (сказал)"}},
      // Words before the subject: "Но он".
      {"Тулегенов выступил перед журналистами. Но он добавил: «Станция продолжит работу».",
       {kTulegenov},
       {"Станция продолжит работу => Арман Тулегенов (добавил)"}},
      // An adverb before the subject pronoun.
      {"Тулегенов выступил перед журналистами. Позже он добавил: «Станция продолжит работу».",
       {kTulegenov},
       {"Станция продолжит работу => Арман Тулегенов (добавил)"}},
      // A short introduction closed by a comma before the pronoun.
      {"Тулегенов выступил перед журналистами. Через год после выборов, он добавил: «Станция "
       "продолжит работу».",
       {kTulegenov},
       {"Станция продолжит работу => Арман Тулегенов (добавил)"}},
      // Trap: "она" never goes to the only man named.
      {"Тулегенов выступил перед журналистами. Позже она добавила: «Станция продолжит работу».",
       {kTulegenov},
       {"Станция продолжит работу => null (добавила)"}},
      // A parenthesis between the quotation and the verb.
      {"«Мы не продадим станцию», — Тулегенов (директор станции) заявил.",
       {kTulegenov},
       {"Мы не продадим станцию => Арман Тулегенов (заявил)"}},
      // Trap: a description of a person is no unnamed source.
      {"«Решение уже принято», — сообщил бизнесмен.",
       {},
       {"Решение уже принято => null (сообщил)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text, c.named), c.expected) << c.text;
}

TEST(QuotesRuTest, NoQuotationGoldenTable) {
  const Case cases[] = {
      {"Он работал в компании «Дала Медиа» до 2004 года.", {}, {}},
      {"Так называемые «реформы» ни к чему не привели.", {}, {}},
      {"Радиостанция «Сарыарка» вещала в Караганде.", {}, {}},
      {"Он назвал это «полным абсурдом».", {}, {}},
      // A comma after the mark that belongs to the sentence, not to a cue.
      {"Оппозиция назвала закон «ударом по малому бизнесу», а правительство промолчало.", {}, {}},
      {"Спектакль «Большой город», поставленный в Алматы, идёт с успехом.", {}, {}},
      // Profile list items opening with a dash.
      {"— 1992–1999 гг. – президент телерадиокомпании «РИК»", {}, {}},
      {"— Президент телерадиокомпании «РИК»", {}, {}},
      // A dash inside a sentence opens no dialogue.
      {"Алматы — крупнейший город страны.", {}, {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text, c.named), c.expected) << c.text;
  // English rules read no dash dialogue.
  EXPECT_EQ(Describe("— Yes, it was in 1996.", {}, "en"), std::vector<std::string>{});
}

// Kazakh: the cue verbs (деді, айтты, мәлімдеді, "деп" before the verb),
// the verb last after the quotation, and "ол" (he or she).
TEST(QuotesKkTest, CueVerbsGoldenTable) {
  const Named tulegenov{"Арман Тулегенов", {"Арман Тулегенов", "Тулегенов"}};
  const Named seitova{"Айгүл Сейтова", {"Айгүл Сейтова", "Сейтова"}};
  const Case cases[] = {
      {"«Біз станцияны ешқашан сатқан жоқпыз», – деді Тулегенов.",
       {tulegenov},
       {"Біз станцияны ешқашан сатқан жоқпыз => Арман Тулегенов (деді)"}},
      {"«Біз станцияны ешқашан сатқан жоқпыз», – деп айтты Айгүл Сейтова.",
       {seitova},
       {"Біз станцияны ешқашан сатқан жоқпыз => Айгүл Сейтова (деп айтты)"}},
      {"«Біз станцияны ешқашан сатқан жоқпыз», – деп мәлімдеді Тулегенов.",
       {tulegenov},
       {"Біз станцияны ешқашан сатқан жоқпыз => Арман Тулегенов (деп мәлімдеді)"}},
      // The verb last: the speaker stands before the quotation.
      {"Тулегенов «Біз станцияны ешқашан сатқан жоқпыз» деп мәлімдеді.",
       {tulegenov},
       {"Біз станцияны ешқашан сатқан жоқпыз => Арман Тулегенов (деп мәлімдеді)"}},
      // "ол" is he or she: the one person named before.
      {"Айгүл Сейтова сұхбат берді. «Біз станцияны ешқашан сатқан жоқпыз», – деді ол.",
       {seitova},
       {"Біз станцияны ешқашан сатқан жоқпыз => Айгүл Сейтова (деді)"}},
      // Trap: "ол" is a person, never the company named before.
      {"Дала Медиа компаниясы мәлімдеме жасады. «Біз станцияны ешқашан сатқан жоқпыз», – деді "
       "ол.",
       {{"Дала Медиа", {"Дала Медиа"}, EntityType::kOrganization}},
       {"Біз станцияны ешқашан сатқан жоқпыз => null (деді)"}},
      // Trap: a quoted name before a verb of no speech is no quotation.
      {"Тулегенов «Сарыарқа» радиосын құрды.", {tulegenov}, {}},
      // A name in the genitive before a noun of another person is the
      // possessor, not the speaker: his wife speaks.
      {"Тулегеновтың әйелі Айгүл Сейтова: «Күйеуім станцияны сатқан жоқ», – деді.",
       {{"Арман Тулегенов", {"Тулегеновтың"}}, seitova},
       {"Күйеуім станцияны сатқан жоқ => Айгүл Сейтова (деді)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text, c.named, "kk"), c.expected) << c.text;
}

TEST(NameFormsRuTest, WordsThatNameSomeoneAlone) {
  const internal::QuoteLexicon& ru = internal::RussianQuoteLexicon();
  EXPECT_TRUE(ru.MayNameAlone("Тулегенов"));
  EXPECT_TRUE(ru.MayNameAlone("Тулегенова"));
  EXPECT_TRUE(ru.MayNameAlone("Кадыровым"));
  EXPECT_TRUE(ru.MayNameAlone("Шевченко"));
  EXPECT_TRUE(ru.MayNameAlone("Кажегельдину"));
  EXPECT_TRUE(ru.MayNameAlone("Smith"));  // foreign names are not judged
  EXPECT_FALSE(ru.MayNameAlone("Особенно"));
  EXPECT_FALSE(ru.MayNameAlone("Потенциальному"));
  EXPECT_FALSE(ru.MayNameAlone("Если"));
}

struct FormCase {
  const char* mention;
  const char* name;
  bool agree;
};

TEST(NameFormsRuTest, NameWordsAgreeGoldenTable) {
  const FormCase cases[] = {
      {"Назарбаева", "Назарбаев", true},    // genitive
      {"Назарбаеву", "Назарбаев", true},    // dative
      {"Назарбаевым", "Назарбаев", true},   // instrumental
      {"Назарбаеве", "Назарбаев", true},    // prepositional
      {"Назарбаевой", "Назарбаева", true},  // feminine, genitive
      {"Назарбаеву", "Назарбаева", true},   // feminine, accusative
      {"Назарбаева", "Назарбаева", true},
      {"Нурсултана", "Нурсултан", true},
      {"Дариге", "Дарига", true},
      {"Даригой", "Дарига", true},
      {"Сергея", "Сергей", true},
      {"Сергеем", "Сергей", true},
      {"Игорю", "Игорь", true},
      {"Марии", "Мария", true},
      {"Болатовичем", "Болатович", true},
      {"Болатовне", "Болатовна", true},
      {"Вишневского", "Вишневский", true},
      {"Вишневской", "Вишневская", true},
      {"НАЗАРБАЕВА", "Назарбаев", true},    // capitals
      {"Назарбаевой", "Назарбаев", false},  // a woman's form is no man's name
      {"Вишневской", "Вишневский", false},
      {"Назарбаев", "Назаров", false},
      {"Ким", "Кима", true},
      {"Ким", "Кимов", false},
      {"Smith", "Smith", true},
      {"Smitha", "Smith", false},  // Latin names do not decline here
  };
  for (const FormCase& c : cases) {
    EXPECT_EQ(internal::RussianNameWordsAgree(c.mention, c.name), c.agree)
        << c.mention << " ~ " << c.name;
  }
}

}  // namespace
}  // namespace dossier
