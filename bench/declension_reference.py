#!/usr/bin/env python3
"""Reference table of Russian full names in the six cases, made by pymorphy3 (an independent
morphological analyser with the OpenCorpora dictionary), for the host test
`domain::declension::tests::agrees_with_pymorphy3`.

Run: python3 -m venv /tmp/pm && /tmp/pm/bin/pip install pymorphy3 pymorphy3-dicts-ru
     /tmp/pm/bin/python bench/declension_reference.py > tests/fixtures/declension-pymorphy3.tsv

Each line: gender (m/f) TAB nominative TAB genitive TAB dative TAB accusative TAB instrumental
TAB prepositional. A name pymorphy3 cannot inflect as a surname/name/patronymic of that gender
is left out (listed on stderr) — the table holds only what the reference is sure of.
"""
import sys

import pymorphy3

MALE_SURNAMES = """Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров
Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев
Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев
Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин
Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов
Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов
Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин
Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов
Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров
Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров
Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев
Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев
Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев Цветков Левин Митрофанов
Воронцов Аксёнов Софронов Мальцев Логинов Горшков Савин Краснов Майоров Демидов Елисеев
Рыбаков Сафонов Плотников Демин Хохлов Фадеев Молчанов Игнатов Литвинов Ершов Ушаков Дементьев
Рябов Мухин Калашников Леонтьев Лобанов Кузин Корнеев Евдокимов Бородин Платонов Некрасов
Балашов Бобров Жданов Блинов Игнатьев Коротков Муравьёв Крюков Беляков Богомолов Дроздов
Лавров Зуев Петухов Ларин Никулин Серов Терентьев Зотов Устинов Фокин Самойлов Константинов
Сахаров Шишкин Самсонов Черкасов Чистяков Носов Спиридонов Карасёв Авдеев Воронов Зиновьев
Толстой Островский Достоевский Чайковский Вишневский Ковальский Раевский Суворин Пушкин Лермонтов""".split()

MALE_NAMES = """Александр Алексей Анатолий Андрей Антон Аркадий Артём Борис Вадим Валентин Валерий
Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Глеб Григорий Даниил
Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Лев Леонид Максим Марк Матвей
Михаил Никита Николай Олег Павел Пётр Роман Руслан Семён Сергей Станислав Степан Тимофей
Фёдор Юрий Ярослав""".split()

FEMALE_NAMES = """Александра Алина Алла Анастасия Анна Антонина Валентина Валерия Вера Вероника
Виктория Галина Дарья Евгения Екатерина Елена Елизавета Жанна Зинаида Зоя Инна Ирина Кира
Ксения Лариса Лидия Любовь Людмила Маргарита Марина Мария Надежда Наталья Нина Оксана Олеся
Ольга Полина Раиса Светлана София Софья Тамара Татьяна Ульяна Юлия Яна""".split()

# Fathers' names and their patronymics (m, f).
PATRONYMICS = [
    ("Александрович", "Александровна"), ("Алексеевич", "Алексеевна"), ("Андреевич", "Андреевна"),
    ("Анатольевич", "Анатольевна"), ("Борисович", "Борисовна"), ("Васильевич", "Васильевна"),
    ("Викторович", "Викторовна"), ("Владимирович", "Владимировна"), ("Геннадьевич", "Геннадьевна"),
    ("Григорьевич", "Григорьевна"), ("Дмитриевич", "Дмитриевна"), ("Евгеньевич", "Евгеньевна"),
    ("Иванович", "Ивановна"), ("Игоревич", "Игоревна"), ("Константинович", "Константиновна"),
    ("Михайлович", "Михайловна"), ("Николаевич", "Николаевна"), ("Олегович", "Олеговна"),
    ("Павлович", "Павловна"), ("Петрович", "Петровна"), ("Сергеевич", "Сергеевна"),
    ("Юрьевич", "Юрьевна"), ("Ильич", "Ильинична"), ("Фомич", "Фоминична"), ("Львович", "Львовна"),
]

CASES = ["gent", "datv", "accs", "ablt", "loct"]
TAGS = {"surname": "Surn", "name": "Name", "patronymic": "Patr"}

morph = pymorphy3.MorphAnalyzer()


def female_surname(m):
    if m.endswith("ский") or m.endswith("цкий"):
        return m[:-2] + "ая"
    if m.endswith("ой"):
        return m[:-2] + "ая"
    return m + "а"


def inflect(word, kind, gender):
    want = TAGS[kind]
    g = "masc" if gender == "m" else "femn"
    for p in morph.parse(word):
        tag = p.tag
        if want in tag and tag.case == "nomn" and tag.number == "sing" and (
            tag.gender == g or tag.gender is None or "Ms-f" in tag
        ):
            out = []
            for c in CASES:
                f = p.inflect({c, "sing"} | ({g} if tag.gender else set()))
                if f is None:
                    return None
                out.append(f.word)
            return out
    return None


def cap(w):
    return w[:1].upper() + w[1:]


def full(surname, name, patr, gender):
    parts = [inflect(surname, "surname", gender), inflect(name, "name", gender),
             inflect(patr, "patronymic", gender)]
    if any(p is None for p in parts):
        return None
    return [" ".join(cap(p[i]) for p in parts) for i in range(len(CASES))]


def main():
    rows, skipped = [], []
    for i, s in enumerate(MALE_SURNAMES):
        for gender in ("m", "f"):
            surname = s if gender == "m" else female_surname(s)
            names = MALE_NAMES if gender == "m" else FEMALE_NAMES
            name = names[(i * 7 + (gender == "f") * 3) % len(names)]
            patr = PATRONYMICS[(i * 5 + 1) % len(PATRONYMICS)][0 if gender == "m" else 1]
            forms = full(surname, name, patr, gender)
            nom = f"{surname} {name} {patr}"
            if forms is None:
                skipped.append(nom)
                continue
            rows.append("\t".join([gender, nom] + forms))
    print("\n".join(rows))
    print(f"{len(rows)} rows; left out {len(skipped)}: {', '.join(skipped)}", file=sys.stderr)


if __name__ == "__main__":
    main()
