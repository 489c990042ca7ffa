#include "extract/countries/internal/country_words.h"

namespace dossier::countries_internal {
namespace {

// Names Kazakh news uses beside iso-codes' translations, with the usual
// name where it differs. Our own list.
constexpr CountryWords kWords[] = {
    {"ru", "Ресей", "Ресей|Ресей Федерациясы", "", ""},
    {"us", "АҚШ", "АҚШ|Америка Құрама Штаттары", "", "Америка"},
    {"gb", "Ұлыбритания", "Ұлыбритания|Біріккен Корольдік", "", "Англия"},
    {"kr", "Оңтүстік Корея", "Оңтүстік Корея", "", "Корея"},
    {"kp", "Солтүстік Корея", "Солтүстік Корея|КХДР", "", ""},
    {"cn", "Қытай", "Қытай|ҚХР", "", ""},
    {"de", "Германия", "Германия|ГФР", "", ""},
    {"tr", "Түркия", "Түркия", "", ""},
    {"ir", "Иран", "Иран", "", ""},
    {"sy", "Сирия", "Сирия", "", ""},
    {"la", "Лаос", "Лаос", "", ""},
    {"vn", "Вьетнам", "Вьетнам", "", ""},
    {"ae", "БАӘ", "БАӘ", "", ""},
    {"mn", "Моңғолия", "Моңғолия", "", ""},
    {"eg", "Мысыр", "Мысыр|Египет", "", ""},
    {"ps", "Палестина", "Палестина", "", ""},
    {"suhh", "КСРО", "КСРО|Кеңес Одағы", "", ""},
};

}  // namespace

std::span<const CountryWords> KazakhCountryWords() { return kWords; }

}  // namespace dossier::countries_internal
