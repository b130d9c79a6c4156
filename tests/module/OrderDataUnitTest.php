<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Module;

require_once __DIR__ . '/Fake/bootstrap.php';

use PHPUnit\Framework\TestCase;
use PwaPresta\Module\Order\BuyerName;
use PwaPresta\Module\Order\CountryCodes;
use PwaPresta\Module\Order\ImportException;
use PwaPresta\Module\Order\MinorUnits;
use PwaPresta\Module\Order\PostcodeFormatter;

/**
 * The pure helpers that turn Amazon's buyer and address data into values PrestaShop accepts.
 */
final class OrderDataUnitTest extends TestCase
{
    /** @return array<string, array{0: string, 1: string, 2: string}> */
    public static function names(): array
    {
        return [
            'two words' => ['Anaya Deshpande', 'Anaya', 'Deshpande'],
            'one word' => ['Asha', 'Asha', 'Asha'],
            'three words' => ['Mary Ann Smith', 'Mary Ann', 'Smith'],
            'apostrophe' => ["Sean O'Brien", 'Sean', "O'Brien"],
            'Hindi' => ['अनया देशपांडे', 'अनया', 'देशपांडे'],
            'extra spaces' => ["  Ravi \t Kumar  ", 'Ravi', 'Kumar'],
            'digits dropped' => ['Ravi2 Kumar', 'Ravi', 'Kumar'],
            'initials' => ['J.R. Smith', 'J. R.', 'Smith'],
        ];
    }

    /** @dataProvider names */
    public function testBuyerNameSplit(string $name, string $firstname, string $lastname): void
    {
        self::assertSame([$firstname, $lastname], BuyerName::split($name));
    }

    public function testBuyerNameNeverUsesDotPlaceholder(): void
    {
        self::assertNotContains('.', BuyerName::split('Asha'));
    }

    public function testBuyerNameCutTo255Characters(): void
    {
        [$firstname, $lastname] = BuyerName::split(str_repeat('अ', 300) . ' ' . str_repeat('ब', 300));

        self::assertSame(255, mb_strlen($firstname));
        self::assertSame(255, mb_strlen($lastname));
    }

    public function testBuyerNameWithoutLettersRaises(): void
    {
        $this->expectException(ImportException::class);

        BuyerName::split('12345');
    }

    /** @return array<string, array{0: string, 1: string, 2: string, 3: string}> */
    public static function postcodes(): array
    {
        return [
            'India compact' => ['400050', 'NNN NNN', 'IN', '400 050'],
            'India already formatted' => ['400 050', 'NNN NNN', 'IN', '400 050'],
            'India with dash' => ['400-050', 'NNN NNN', 'IN', '400 050'],
            'India too short kept' => ['4000', 'NNN NNN', 'IN', '4000'],
            'letters where digits expected kept' => ['40005A', 'NNN NNN', 'IN', '40005A'],
            'no format' => [' 12345 ', '', 'XX', '12345'],
            'country code prefix' => ['1000', 'CNNNN', 'AD', 'AD1000'],
            'country code already there' => ['AD100', 'CNNN', 'AD', 'AD100'],
            'letters and digits' => ['k1a0b1', 'LNL NLN', 'CA', 'K1A 0B1'],
        ];
    }

    /** @dataProvider postcodes */
    public function testPostcodeFormat(string $postcode, string $format, string $iso, string $expected): void
    {
        self::assertSame($expected, PostcodeFormatter::format($postcode, $format, $iso));
    }

    /** @return array<string, array{0: string, 1: string}> */
    public static function countryCodes(): array
    {
        return [
            'alpha-2' => ['IN', 'IN'],
            'alpha-3 India' => ['IND', 'IN'],
            'alpha-3 United States' => ['USA', 'US'],
            'lower case' => ['ind', 'IN'],
            'spaces' => [' GB ', 'GB'],
        ];
    }

    /** @dataProvider countryCodes */
    public function testCountryCodeToAlpha2(string $code, string $expected): void
    {
        self::assertSame($expected, CountryCodes::toAlpha2($code));
    }

    /** @return array<string, array{0: ?string}> */
    public static function unknownCountryCodes(): array
    {
        return ['unknown alpha-3' => ['XXX'], 'unknown alpha-2' => ['ZZ'], 'empty' => [''], 'null' => [null], 'name' => ['India']];
    }

    /** @dataProvider unknownCountryCodes */
    public function testUnknownCountryCodeRaises(?string $code): void
    {
        $this->expectException(ImportException::class);
        $this->expectExceptionMessage('Unknown CountryCode');

        CountryCodes::toAlpha2($code);
    }

    public function testMinorUnitsToDecimal(): void
    {
        self::assertSame(1263.49, MinorUnits::toDecimal(126349, 'INR'));
        self::assertSame(0.33, MinorUnits::toDecimal(33, 'INR'));
        self::assertSame(500.0, MinorUnits::toDecimal(500, 'JPY'));
        self::assertSame(1.005, MinorUnits::toDecimal(1005, 'KWD'));
    }
}
