<?php
/**
 * PrestaShop's Tax (ps_tax) and the tax rule lookup of its TaxManagerFactory for one shop. A
 * product's rate is the rate of the rule of its tax rules group that matches the address'
 * country and state (a rule for the state wins over a rule for the whole country). Zip code
 * ranges and combined rules (behavior 1 and 2) are not part of the double.
 */
class Tax extends ObjectModel
{
    public $name;
    public $rate;
    public $active = 1;
    public $deleted = 0;

    public static $definition = [
        'table' => 'tax',
        'primary' => 'id_tax',
        'multilang' => true,
        'fields' => [
            'rate' => ['type' => self::TYPE_FLOAT, 'validate' => 'isFloat', 'required' => true],
            'active' => ['type' => self::TYPE_BOOL],
            'deleted' => ['type' => self::TYPE_BOOL],
            'name' => ['type' => self::TYPE_STRING, 'lang' => true, 'validate' => 'isGenericName', 'required' => true, 'size' => 32],
        ],
    ];

    /** Returns true when the shop charges prices without tax (PS_TAX off). */
    public static function excludeTaxeOption()
    {
        return !Configuration::get('PS_TAX');
    }

    public static function getProductTaxRate($id_product, $id_address = null, ?Context $context = null)
    {
        $group = (int) Db::getInstance()->getValue('SELECT id_tax_rules_group FROM ' . _DB_PREFIX_ . 'product_shop
            WHERE id_product = ' . (int) $id_product . ' AND id_shop = 1');

        return self::getTaxOfRulesGroup($group, $id_address)['rate'];
    }

    /**
     * Returns the tax (id_tax, rate in percent, name) that a rules group applies at an address.
     * Without an address, the context's country or the shop's default country is used. When no
     * rule matches, the rate is 0. This stands in for TaxManagerFactory's tax calculator.
     */
    public static function getTaxOfRulesGroup($id_tax_rules_group, $id_address = null)
    {
        $none = ['id_tax' => 0, 'rate' => 0.0, 'name' => ''];
        if (!(int) $id_tax_rules_group || self::excludeTaxeOption()) {
            return $none;
        }

        [$idCountry, $idState] = self::countryAndState($id_address);
        $row = Db::getInstance()->getRow('SELECT t.id_tax, t.rate, tl.name FROM ' . _DB_PREFIX_ . 'tax_rule tr
            JOIN ' . _DB_PREFIX_ . 'tax t ON t.id_tax = tr.id_tax AND t.active = 1 AND t.deleted = 0
            LEFT JOIN ' . _DB_PREFIX_ . 'tax_lang tl ON tl.id_tax = t.id_tax AND tl.id_lang = ' . (int) Configuration::get('PS_LANG_DEFAULT') . '
            WHERE tr.id_tax_rules_group = ' . (int) $id_tax_rules_group . ' AND tr.id_country = ' . $idCountry . '
            AND tr.id_state IN (0, ' . $idState . ')
            ORDER BY tr.id_state DESC, tr.id_tax_rule');
        if (!$row) {
            return $none;
        }

        return ['id_tax' => (int) $row['id_tax'], 'rate' => (float) $row['rate'], 'name' => (string) $row['name']];
    }

    /** @return array{0: int, 1: int} */
    private static function countryAndState($id_address)
    {
        if ((int) $id_address) {
            $row = Db::getInstance()->getRow('SELECT id_country, id_state FROM ' . _DB_PREFIX_ . 'address
                WHERE id_address = ' . (int) $id_address);
            if ($row) {
                return [(int) $row['id_country'], (int) $row['id_state']];
            }
        }
        $country = Context::getContext()->country ?? null;
        $idCountry = $country && $country->id ? (int) $country->id : (int) Configuration::get('PS_COUNTRY_DEFAULT');

        return [$idCountry, 0];
    }
}
