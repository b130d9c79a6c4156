<?php

declare(strict_types=1);

namespace PwaPresta\Php\Cart;

use PwaPresta\Php\Feeds\Input;
use PwaPresta\Php\Xml\Writer;

/** One cart Item; twin of `cart::write_item` in Rust. */
final class CartItem
{
    /** Longest SKU Amazon accepts, in characters; a longer one is rejected, never cut. */
    public const SKU_MAX_CHARS = 40;

    /** Titles are cut to this many characters. */
    public const TITLE_MAX_CHARS = 80;

    /** Descriptions are cut to this many characters. */
    // NOTE: 2000 is a cautious limit; Amazon's published cart schema does not state one.
    public const DESCRIPTION_MAX_CHARS = 2000;

    private const ITEM_KEYS = [
        'sku', 'title', 'description', 'price', 'quantity', 'weight', 'item_custom_data', 'shipping_method_ids',
    ];

    public static function write(
        Writer $writer,
        mixed $item,
        string $path,
        string $merchantId,
        string $currency,
        ElementBudget $budget,
    ): void {
        Input::checkKeys($path, $item, self::ITEM_KEYS);
        $sku = Input::requiredText($item, $path, 'sku');
        if (mb_strlen($sku, 'UTF-8') > self::SKU_MAX_CHARS) {
            throw Input::invalid(Input::child($path, 'sku'), $sku, 'at most ' . self::SKU_MAX_CHARS . ' characters');
        }
        $title = Input::requiredText($item, $path, 'title');
        $description = Input::optionalText($item, $path, 'description');
        $price = Input::amount($item['price'] ?? null, Input::child($path, 'price'), false);
        $quantity = Input::optionalInteger($item, $path, 'quantity', 1)
            ?? throw Input::missing(Input::child($path, 'quantity'));
        $weight = self::weight($item, $path);

        $writer->start('Item');
        $writer->text('SKU', $sku);
        $writer->text('MerchantId', $merchantId);
        $writer->text('Title', CartBuilder::cut($title, self::TITLE_MAX_CHARS));
        if ($description !== null) {
            $writer->text('Description', CartBuilder::cut($description, self::DESCRIPTION_MAX_CHARS));
        }
        CartBuilder::writeAmount($writer, 'Price', $price, $currency);
        $writer->text('Quantity', (string) $quantity);
        if ($weight !== null) {
            $writer->start('Weight');
            $writer->text('Amount', $weight[0]);
            $writer->text('Unit', $weight[1]);
            $writer->end();
        }
        $customData = $item['item_custom_data'] ?? null;
        CustomData::write($writer, 'ItemCustomData', $customData, Input::child($path, 'item_custom_data'), $budget);

        $idsPath = Input::child($path, 'shipping_method_ids');
        $ids = Input::optionalList($item, $path, 'shipping_method_ids');
        if ($ids !== []) {
            $writer->start('ShippingMethodIds');
            foreach ($ids as $position => $id) {
                $idPath = Input::index($idsPath, $position);
                $writer->text('ShippingMethodId', Input::textValue($id, $idPath) ?? throw Input::missing($idPath));
            }
            $writer->end();
        }
        $writer->end();
    }

    /**
     * Reads weight as [amount, unit]: a decimal string such as "0.25" or an int, and kg or lb.
     *
     * @param array<mixed> $item
     * @return array{string, string}|null
     */
    private static function weight(array $item, string $path): ?array
    {
        $weightPath = Input::child($path, 'weight');
        $weight = $item['weight'] ?? null;
        if ($weight === null) {
            return null;
        }
        Input::checkKeys($weightPath, $weight, ['amount', 'unit']);
        $amount = Input::requiredText($weight, $weightPath, 'amount');
        if (preg_match('/\A[0-9]+(\.[0-9]+)?\z/', $amount) !== 1) {
            throw Input::invalid(Input::child($weightPath, 'amount'), $amount, 'a non-negative decimal number such as 0.25');
        }
        $unit = Input::oneOf($weight, $weightPath, 'unit', ['kg', 'lb']);

        return [$amount, $unit];
    }
}
