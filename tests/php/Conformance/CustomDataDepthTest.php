<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Conformance;

use PwaPresta\Engine\Engine;
use PwaPresta\Exception\InvalidFieldException;

/**
 * cartXml limits custom data to 32 levels of nested arrays on both engines, so deep or
 * self-referencing arrays fail with InvalidFieldException instead of exhausting memory.
 */
final class CustomDataDepthTest extends EngineTestCase
{
    private const EXPECTED = 'expected custom data nested at most 32 levels deep';

    /** Custom data whose arrays nest $depth levels, the outer array included. */
    private static function nestedMaps(int $depth): array
    {
        $value = 'v';
        for ($level = 0; $level < $depth; $level++) {
            $value = ['a' => $value];
        }

        return $value;
    }

    /** @param array<mixed> $customData */
    private static function cart(array $customData, string $key = 'item_custom_data'): array
    {
        $item = ['sku' => 'S-1', 'title' => 'T-shirt', 'price' => 100, 'quantity' => 1];
        $cart = ['merchant_id' => 'A1EXAMPLEPWASELLER', 'currency' => 'INR', 'items' => [$item]];
        if ($key === 'item_custom_data') {
            $cart['items'][0]['item_custom_data'] = $customData;
        } else {
            $cart[$key] = $customData;
        }

        return $cart;
    }

    /** @dataProvider engines */
    public function testNestingAtTheLimitIsWritten(Engine $engine): void
    {
        $xml = $engine->cartXml(self::cart(self::nestedMaps(32)));

        self::assertSame(32, substr_count($xml, '<a>'));
    }

    /** @dataProvider engines */
    public function testItemCustomDataOverTheLimitIsInvalid(Engine $engine): void
    {
        $path = 'cart.items[0].item_custom_data' . str_repeat('.a', 32);

        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage(sprintf('invalid %s "array": %s', $path, self::EXPECTED));
        $engine->cartXml(self::cart(self::nestedMaps(33)));
    }

    /** @dataProvider engines */
    public function testCartCustomDataOverTheLimitIsInvalid(Engine $engine): void
    {
        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage(self::EXPECTED);
        $engine->cartXml(self::cart(self::nestedMaps(33), 'cart_custom_data'));
    }

    /** @dataProvider engines */
    public function testHundredThousandLevelsAreInvalid(Engine $engine): void
    {
        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage(self::EXPECTED);
        $engine->cartXml(self::cart(self::nestedMaps(100000)));
    }

    /** @dataProvider engines */
    public function testListsCountAsLevels(Engine $engine): void
    {
        $value = 'v';
        for ($pair = 0; $pair < 16; $pair++) {
            $value = [['b' => $value]];
        }

        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage(self::EXPECTED);
        $engine->cartXml(self::cart(['a' => $value]));
    }

    /** @dataProvider engines */
    public function testSelfReferencingArrayIsInvalid(Engine $engine): void
    {
        $data = ['a' => 'v'];
        $data['b'] = &$data;

        $this->expectException(InvalidFieldException::class);
        $this->expectExceptionMessage(self::EXPECTED);
        $engine->cartXml(self::cart($data));
    }

    public function testArrayReferencingItselfTwiceFailsTheSameOnBothEngines(): void
    {
        $data = [];
        $data['x'] = &$data;
        $data['y'] = &$data;
        $outcomes = [];
        foreach (self::bothEngines() as $engine) {
            try {
                $engine->cartXml(self::cart($data));
                self::fail('no exception from ' . $engine::class);
            } catch (InvalidFieldException $exception) {
                $outcomes[] = $exception->getMessage();
            }
        }
        self::assertStringContainsString(self::EXPECTED, $outcomes[0]);
        self::assertSame($outcomes[0], $outcomes[1]);
    }

    public function testSelfReferencingFeedInputFailsTheSameOnBothEngines(): void
    {
        $fulfillment = [];
        $fulfillment['x'] = &$fulfillment;
        $fulfillment['y'] = &$fulfillment;
        $outcomes = [];
        foreach (self::bothEngines() as $engine) {
            try {
                $engine->orderFulfillmentFeed('M_EXAMPLE_1', [$fulfillment]);
                self::fail('no exception from ' . $engine::class);
            } catch (InvalidFieldException $exception) {
                $outcomes[] = [$exception->getMessage(), $exception->getContext()];
            }
        }
        self::assertSame($outcomes[0], $outcomes[1]);
    }

    public function testEnginesGiveTheSameErrorAtEveryDepth(): void
    {
        foreach ([31, 32, 33, 34, 40, 60, 63, 64, 65, 100] as $depth) {
            $outcomes = [];
            foreach (self::bothEngines() as $engine) {
                try {
                    $outcomes[] = ['xml', $engine->cartXml(self::cart(self::nestedMaps($depth)))];
                } catch (InvalidFieldException $exception) {
                    $outcomes[] = [$exception->getMessage(), $exception->getContext()];
                }
            }
            self::assertSame($outcomes[0], $outcomes[1], "depth $depth");
        }
    }
}
