package org.protego.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Children's names for the case benchmark, as a hotline's caseload mixes them: West African, Latin American, Southeast
 * Asian and Eastern European names in Latin script (with accents and hyphens), Arabic names in Arabic script and
 * Russian and Ukrainian names in Cyrillic. Common names come up more often than rare ones, as they do in life. A
 * name can also be spelt the way someone on the phone might type it, one slip away from the stored one.
 */
final class ChildNames {

    /** A child's name, with the sex, nationality and language that go with it. */
    record Name(String givenName, String familyName, String sex, String nationality, String language) {}

    private record Group(
            List<String> girls,
            List<String> boys,
            List<String> families,
            List<String> femaleFamilies,
            List<String> nationalities,
            String language) {}

    private static final List<Group> GROUPS = List.of(
            new Group(
                    List.of(
                            "Aminata",
                            "Fatou",
                            "Awa",
                            "Mariama",
                            "Kadiatou",
                            "Chidinma",
                            "Oluwaseun",
                            "Adaeze",
                            "Aïssatou",
                            "Ngozi",
                            "Abena",
                            "Akosua",
                            "Fatoumata",
                            "Binta",
                            "Ramatoulaye",
                            "Yetunde",
                            "Chiamaka",
                            "Efua",
                            "Hawa",
                            "Salimata",
                            "Marie-Claire",
                            "Grâce",
                            "Esther",
                            "Blessing"),
                    List.of(
                            "Mamadou",
                            "Ousmane",
                            "Moussa",
                            "Ibrahima",
                            "Adama",
                            "Kwame",
                            "Kofi",
                            "Chukwuemeka",
                            "Oluwadamilare",
                            "Souleymane",
                            "Abdoulaye",
                            "Seydou",
                            "Babacar",
                            "Emeka",
                            "Yaw",
                            "Jean-Baptiste",
                            "Boubacar",
                            "Lamine",
                            "Tunde",
                            "Kwabena"),
                    List.of(
                            "Diallo",
                            "Traoré",
                            "Koné",
                            "Ouédraogo",
                            "Okonkwo",
                            "Adebayo",
                            "Mensah",
                            "Owusu",
                            "Sow",
                            "Bah",
                            "Camara",
                            "Keïta",
                            "Diop",
                            "Ndiaye",
                            "Coulibaly",
                            "Sanogo",
                            "Okafor",
                            "Eze",
                            "Asante",
                            "Boateng",
                            "Sylla",
                            "Touré",
                            "Kaboré",
                            "Adeyemi",
                            "Nwosu",
                            "Fofana"),
                    null,
                    List.of("NG", "SN", "ML", "GH", "CI", "BF", "GN"),
                    "fr"),
            new Group(
                    List.of(
                            "María José",
                            "Valentina",
                            "Camila",
                            "Sofía",
                            "Lucía",
                            "Ximena",
                            "Guadalupe",
                            "Daniela",
                            "Mariana",
                            "Gabriela",
                            "Ana Clara",
                            "Juliana",
                            "Yesenia",
                            "Milagros",
                            "Fernanda",
                            "Luz Marina",
                            "Rocío",
                            "Thaís",
                            "Maria Eduarda",
                            "Paola"),
                    List.of(
                            "José",
                            "Juan",
                            "Luis Ángel",
                            "Carlos",
                            "Miguel",
                            "Santiago",
                            "Mateo",
                            "Jhon Fredy",
                            "Brayan",
                            "Kevin",
                            "João Pedro",
                            "Wilmer",
                            "Yeferson",
                            "Andrés",
                            "Sebastián",
                            "Héctor"),
                    List.of(
                            "García",
                            "Rodríguez",
                            "Martínez",
                            "Hernández",
                            "López",
                            "González",
                            "Pérez",
                            "Sánchez",
                            "Ramírez",
                            "Flores",
                            "Gutiérrez",
                            "da Silva",
                            "Santos",
                            "Oliveira",
                            "Souza",
                            "Quispe",
                            "Mamani",
                            "Vásquez",
                            "Castillo",
                            "Chávez",
                            "Rojas",
                            "Morales",
                            "Gómez",
                            "Díaz",
                            "Pereira",
                            "Ferreira",
                            "Cárdenas",
                            "Huamán",
                            "Villalobos",
                            "Ortiz"),
                    null,
                    List.of("MX", "GT", "HN", "CO", "VE", "PE", "BR", "BO"),
                    "es"),
            new Group(
                    List.of(
                            "Siriporn",
                            "Kanya",
                            "Ploy",
                            "Nittaya",
                            "Pim",
                            "Lan",
                            "Linh",
                            "Mai",
                            "Huong",
                            "Thi Thu",
                            "Ngoc Anh",
                            "Sokha",
                            "Sreymom",
                            "Dalin",
                            "Maria Cristina",
                            "Jasmine",
                            "Nurul",
                            "Siti",
                            "Aung Myat",
                            "Thandar"),
                    List.of(
                            "Somchai",
                            "Anan",
                            "Minh",
                            "Tuan",
                            "Duc Anh",
                            "Van Long",
                            "Sokun",
                            "Vannak",
                            "Rizal",
                            "Jun",
                            "Mark Anthony",
                            "Aung Ko",
                            "Zaw Min",
                            "Arif",
                            "Hendra",
                            "Thanh"),
                    List.of(
                            "Boonmee",
                            "Srisuk",
                            "Chaiyaporn",
                            "Wongsawat",
                            "Saetang",
                            "Nguyen",
                            "Tran",
                            "Le",
                            "Pham",
                            "Hoang",
                            "Vu",
                            "Dang",
                            "Chea",
                            "Sok",
                            "Heng",
                            "Santos",
                            "Reyes",
                            "Dela Cruz",
                            "Bautista",
                            "Kyaw",
                            "Htun",
                            "Win",
                            "Setiawan",
                            "Wijaya",
                            "Rahman",
                            "Phommachanh"),
                    null,
                    List.of("TH", "VN", "KH", "LA", "MM", "PH", "ID"),
                    "th"),
            new Group(
                    List.of(
                            "Elena",
                            "Ioana",
                            "Andreea",
                            "Mihaela",
                            "Denisa",
                            "Elira",
                            "Anjeza",
                            "Kateryna",
                            "Olena",
                            "Daniela",
                            "Jovana",
                            "Milica",
                            "Ivana",
                            "Roxana",
                            "Larisa",
                            "Alina",
                            "Esmeralda",
                            "Marija",
                            "Katarzyna",
                            "Zuzana"),
                    List.of(
                            "Andrei",
                            "Ionuț",
                            "Florin",
                            "Arben",
                            "Besnik",
                            "Denis",
                            "Marko",
                            "Nikola",
                            "Stefan",
                            "Bogdan",
                            "Adrian",
                            "Dragan",
                            "Klaudio",
                            "Mateusz",
                            "Tomáš",
                            "Gheorghe"),
                    List.of(
                            "Popescu",
                            "Ionescu",
                            "Stoica",
                            "Dumitru",
                            "Radu",
                            "Constantin",
                            "Hoxha",
                            "Krasniqi",
                            "Gashi",
                            "Berisha",
                            "Shehu",
                            "Petrović",
                            "Jovanović",
                            "Nikolić",
                            "Horváth",
                            "Kovács",
                            "Lakatos",
                            "Rostás",
                            "Nowak",
                            "Wójcik",
                            "Dvořák",
                            "Balogh",
                            "Mihai",
                            "Lungu"),
                    null,
                    List.of("RO", "AL", "MK", "RS", "BG", "MD", "HU", "SK"),
                    "ro"),
            new Group(
                    List.of(
                            "مريم", "فاطمة", "عائشة", "زينب", "نور", "سارة", "ليلى", "هدى", "آمنة", "رقية", "خديجة",
                            "سلمى", "ياسمين", "رهف", "جنى", "شهد", "إسراء", "حلا", "بتول", "أمل"),
                    List.of(
                            "محمد",
                            "أحمد",
                            "علي",
                            "عمر",
                            "يوسف",
                            "حسن",
                            "حسين",
                            "خالد",
                            "إبراهيم",
                            "مصطفى",
                            "عبد الله",
                            "عبد الرحمن",
                            "حمزة",
                            "بلال",
                            "ياسين",
                            "كريم",
                            "سليمان",
                            "مهدي"),
                    List.of(
                            "الحداد",
                            "المصري",
                            "العلي",
                            "الخطيب",
                            "النجار",
                            "الحسيني",
                            "الشامي",
                            "العمر",
                            "الزين",
                            "الحلبي",
                            "يوسف",
                            "إبراهيم",
                            "حسن",
                            "الأحمد",
                            "الجبوري",
                            "العبيدي",
                            "الدوري",
                            "السوداني",
                            "حداد",
                            "عثمان",
                            "الصومالي",
                            "آدم",
                            "موسى",
                            "الشيخ",
                            "التميمي",
                            "الكردي"),
                    null,
                    List.of("SY", "IQ", "SD", "YE", "SO", "EG", "LY", "MA"),
                    "ar"),
            new Group(
                    List.of(
                            "Мария",
                            "Анна",
                            "Дарья",
                            "Екатерина",
                            "Анастасия",
                            "Ольга",
                            "Алёна",
                            "Виктория",
                            "Софья",
                            "Полина",
                            "Ксения",
                            "Юлия",
                            "Олена",
                            "Оксана",
                            "Ірина",
                            "Діана"),
                    List.of(
                            "Иван",
                            "Дмитрий",
                            "Алексей",
                            "Сергей",
                            "Андрей",
                            "Михаил",
                            "Артём",
                            "Никита",
                            "Максим",
                            "Кирилл",
                            "Богдан",
                            "Олександр",
                            "Тарас",
                            "Назар"),
                    List.of(
                            "Иванов",
                            "Смирнов",
                            "Кузнецов",
                            "Попов",
                            "Соколов",
                            "Лебедев",
                            "Козлов",
                            "Новиков",
                            "Морозов",
                            "Петров",
                            "Волков",
                            "Соловьёв",
                            "Васильев",
                            "Зайцев",
                            "Павлов",
                            "Семёнов"),
                    List.of(
                            "Иванова",
                            "Смирнова",
                            "Кузнецова",
                            "Попова",
                            "Соколова",
                            "Лебедева",
                            "Козлова",
                            "Новикова",
                            "Морозова",
                            "Петрова",
                            "Волкова",
                            "Соловьёва",
                            "Васильева",
                            "Зайцева",
                            "Павлова",
                            "Семёнова"),
                    List.of("RU", "UA", "BY", "MD", "KZ"),
                    "ru"),
            new Group(
                    List.of(
                            "Олена",
                            "Оксана",
                            "Ірина",
                            "Діана",
                            "Софія",
                            "Анна",
                            "Марія",
                            "Вікторія",
                            "Юлія",
                            "Христина",
                            "Наталія",
                            "Катерина"),
                    List.of("Олександр", "Тарас", "Назар", "Богдан", "Андрій", "Дмитро", "Максим", "Іван", "Юрій"),
                    List.of(
                            "Шевченко",
                            "Бондаренко",
                            "Коваленко",
                            "Ткаченко",
                            "Кравченко",
                            "Ковальчук",
                            "Мельник",
                            "Бойко",
                            "Ткачук",
                            "Олійник",
                            "Лисенко",
                            "Мороз",
                            "Савчук",
                            "Руденко",
                            "Гончаренко"),
                    null,
                    List.of("UA"),
                    "uk"));

    /** How often each group comes up, out of 100: the caseload of a hotline on a migration route. */
    private static final int[] GROUP_WEIGHTS = {24, 20, 16, 12, 16, 8, 4};

    private ChildNames() {}

    /** A child's name, drawn with common names more often than rare ones. */
    static Name draw(Random random) {
        Group group = GROUPS.get(weighted(random));
        boolean girl = random.nextInt(100) < 62;
        String given = skewed(random, girl ? group.girls() : group.boys());
        List<String> families = girl && group.femaleFamilies() != null ? group.femaleFamilies() : group.families();
        return new Name(
                given,
                skewed(random, families),
                girl ? "female" : "male",
                group.nationalities().get(random.nextInt(group.nationalities().size())),
                group.language());
    }

    /**
     * The name as someone might type it from a call: one slip in the given or the family name, a letter left out,
     * doubled, swapped with its neighbour or replaced by one that sounds alike.
     */
    static String misspelt(Name name, Random random) {
        boolean inGiven = random.nextBoolean();
        String part = inGiven ? name.givenName() : name.familyName();
        String slipped = slip(part, random);
        return inGiven ? slipped + " " + name.familyName() : name.givenName() + " " + slipped;
    }

    private static String slip(String part, Random random) {
        int[] letters = part.codePoints().toArray();
        // Never the first letter, which people seldom get wrong, nor across a space between two names.
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i + 2 < letters.length; i++) {
            if (Character.isLetter(letters[i]) && Character.isLetter(letters[i + 1])) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return part;
        }
        int at = places.get(random.nextInt(places.size()));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < at; i++) {
            out.appendCodePoint(letters[i]);
        }
        int rest = at + 1;
        switch (random.nextInt(4)) {
            case 0 -> {} // left out
            case 1 -> out.appendCodePoint(letters[at]).appendCodePoint(letters[at]);
            case 2 -> {
                out.appendCodePoint(letters[at + 1]).appendCodePoint(letters[at]);
                rest = at + 2;
            }
            default -> out.appendCodePoint(soundAlike(letters[at]));
        }
        for (int i = rest; i < letters.length; i++) {
            out.appendCodePoint(letters[i]);
        }
        return out.toString();
    }

    private static int soundAlike(int letter) {
        return switch (letter) {
            case 'i' -> 'y';
            case 'y' -> 'i';
            case 'o' -> 'u';
            case 'u' -> 'o';
            case 'e' -> 'a';
            case 'a' -> 'e';
            case 'c' -> 'k';
            case 'k' -> 'c';
            case 's' -> 'z';
            case 'z' -> 's';
            case 'и' -> 'ы';
            case 'е' -> 'э';
            case 'о' -> 'а';
            case 'а' -> 'о';
            case 'і' -> 'и';
            case 'ي' -> 'ى';
            case 'ة' -> 'ه';
            case 'ا' -> 'أ';
            case 'س' -> 'ص';
            case 'ت' -> 'ط';
            default -> letter;
        };
    }

    private static int weighted(Random random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < GROUP_WEIGHTS.length; i++) {
            roll -= GROUP_WEIGHTS[i];
            if (roll < 0) {
                return i;
            }
        }
        return GROUP_WEIGHTS.length - 1;
    }

    /** The first names of a list come up more often: the square of a uniform draw leans towards zero. */
    private static String skewed(Random random, List<String> names) {
        double u = random.nextDouble();
        return names.get((int) (u * u * names.size()));
    }
}
