package org.peyvand.module.accounts.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.peyvand.module.accounts.AccountInput;
import org.peyvand.module.accounts.Address;
import org.peyvand.module.accounts.ContactInput;
import org.peyvand.module.accounts.Phone;
import org.peyvand.platform.core.calendar.JalaliDate;

/**
 * Persian companies and people for a demonstration install. Identifiers are made up (with valid
 * check digits), and so are phones, addresses and emails; the same seed gives the same records.
 */
final class DemoRecords {
    static final int PEOPLE_PER_COMPANY = 5;

    /** A company; {@code parent} is the index of its parent in {@link #COMPANIES}, or -1. */
    record Company(String name, String industry, String province, String city, String street, String areaCode, int parent) {
    }

    static final List<Company> COMPANIES = List.of(
            new Company("شرکت ملی صنایع پتروشیمی", "پتروشیمی", "tehran", "تهران", "خیابان شیخ بهایی شمالی، پلاک ۱۰۴", "21", -1),
            new Company("پتروشیمی مارون", "پتروشیمی", "khuzestan", "بندر ماهشهر", "منطقه ویژه اقتصادی پتروشیمی، سایت ۳", "61", 0),
            new Company("فولاد مبارکه اصفهان", "فولاد", "isfahan", "مبارکه", "کیلومتر ۷۵ جنوب غربی اصفهان", "31", -1),
            new Company("ذوب‌آهن اصفهان", "فولاد", "isfahan", "اصفهان", "خیابان شیخ صدوق شمالی، ساختمان مرکزی", "31", -1),
            new Company("ایران‌خودرو", "خودروسازی", "tehran", "تهران", "کیلومتر ۱۴ جاده مخصوص کرج", "21", -1),
            new Company("سایپا", "خودروسازی", "tehran", "تهران", "کیلومتر ۱۵ جاده مخصوص کرج", "21", -1),
            new Company("شرکت ملی مس ایران", "معدن و فلزات", "kerman", "کرمان", "بلوار جمهوری اسلامی، مجتمع مس", "34", -1),
            new Company("مخابرات ایران", "ارتباطات", "tehran", "تهران", "میدان امام خمینی، ساختمان مرکزی", "21", -1),
            new Company("همکاران سیستم", "فناوری اطلاعات", "tehran", "تهران", "خیابان ملاصدرا، خیابان شیراز جنوبی", "21", -1),
            new Company("کشت و صنعت مغان", "کشاورزی", "ardabil", "پارس‌آباد", "کیلومتر ۵ جاده پارس‌آباد", "45", -1),
            new Company("پالایش نفت بندرعباس", "نفت و گاز", "hormozgan", "بندرعباس", "کیلومتر ۲۰ جاده بندرعباس به سیرجان", "76", -1),
            new Company("شیر پگاه خراسان", "صنایع غذایی", "razavi-khorasan", "مشهد", "کیلومتر ۱۰ جاده مشهد به قوچان", "51", -1));

    /** Persian first names with a Latin spelling for email addresses. */
    private static final String[][] FIRST_NAMES = {
            {"علی", "ali"}, {"محمد", "mohammad"}, {"زهرا", "zahra"}, {"فاطمه", "fatemeh"}, {"حسین", "hossein"},
            {"مریم", "maryam"}, {"رضا", "reza"}, {"سارا", "sara"}, {"مهدی", "mehdi"}, {"نرگس", "narges"},
            {"امیرحسین", "amirhossein"}, {"الهام", "elham"}, {"سعید", "saeed"}, {"لیلا", "leila"}, {"حمید", "hamid"},
            {"پریسا", "parisa"}, {"کامران", "kamran"}, {"شیرین", "shirin"}, {"بابک", "babak"}, {"نازنین", "nazanin"},
            {"فرهاد", "farhad"}, {"سمیرا", "samira"}, {"مجید", "majid"}, {"مینا", "mina"}, {"آرش", "arash"},
            {"یاسمن", "yasaman"}, {"کوروش", "kourosh"}, {"ژاله", "zhaleh"}, {"پیمان", "peyman"}, {"گلناز", "golnaz"}};

    private static final String[][] LAST_NAMES = {
            {"محمدی", "mohammadi"}, {"رضایی", "rezaei"}, {"حسینی", "hosseini"}, {"احمدی", "ahmadi"}, {"کریمی", "karimi"},
            {"موسوی", "mousavi"}, {"جعفری", "jafari"}, {"صادقی", "sadeghi"}, {"رحیمی", "rahimi"}, {"کاظمی", "kazemi"},
            {"هاشمی", "hashemi"}, {"قاسمی", "ghasemi"}, {"نوری", "nouri"}, {"یوسفی", "yousefi"}, {"اکبری", "akbari"},
            {"عباسی", "abbasi"}, {"طاهری", "taheri"}, {"شریفی", "sharifi"}, {"زارعی", "zarei"}, {"فرهادی", "farhadi"},
            {"مرادی", "moradi"}, {"نجفی", "najafi"}, {"بهرامی", "bahrami"}, {"سلطانی", "soltani"}, {"کیانی", "kiani"},
            {"توکلی", "tavakoli"}, {"پورمحمدی", "pourmohammadi"}, {"گلستانی", "golestani"}, {"چمنی", "chamani"}, {"افشار", "afshar"}};

    private static final String[] JOB_TITLES = {
            "مدیرعامل", "مدیر فروش", "کارشناس بازرگانی", "مدیر مالی", "کارشناس فناوری اطلاعات", "مسئول خرید",
            "کارشناس منابع انسانی", "مهندس فرایند", "حسابدار", "مدیر پروژه", "کارشناس کنترل کیفیت", "مدیر روابط عمومی"};

    private static final String[] MOBILE_PREFIXES = {"0912", "0935", "0919", "0936", "0901", "0938", "0913"};

    private DemoRecords() {
    }

    static List<AccountInput> accounts(Random random) {
        List<AccountInput> accounts = new ArrayList<>();
        for (Company company : COMPANIES) {
            String nationalId = CheckDigits.legalEntityId("10" + digits(random, 8));
            Phone office = new Phone("office", "0" + company.areaCode() + "-" + (3 + random.nextInt(6)) + digits(random, 7));
            Address address = new Address(company.province(), company.city(), company.street(), postalCode(random));
            accounts.add(new AccountInput(company.name(), nationalId, "4" + digits(random, 11), String.valueOf(1000 + random.nextInt(900000)),
                    company.industry(), List.of(office), List.of(address), null, null, null));
        }
        return accounts;
    }

    /** {@value #PEOPLE_PER_COMPANY} people per company; the caller fills in the account ids. */
    static List<ContactInput> people(Random random, List<Long> accountIds) {
        List<ContactInput> people = new ArrayList<>();
        for (int i = 0; i < accountIds.size() * PEOPLE_PER_COMPANY; i++) {
            String[] first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String[] last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            String mobile = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + digits(random, 7);
            String email = random.nextInt(3) == 0 ? null : first[1] + "." + last[1] + (i + 1) + "@example.com";
            LocalDate birthDate = JalaliDate.of(1340 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(29)).toLocalDate();
            people.add(new ContactInput(first[0], last[0], CheckDigits.nationalCode(digits(random, 9)), mobile, email, birthDate,
                    accountIds.get(i / PEOPLE_PER_COMPANY), JOB_TITLES[random.nextInt(JOB_TITLES.length)]));
        }
        return people;
    }

    private static String postalCode(Random random) {
        return (1 + random.nextInt(9)) + digits(random, 9);
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
