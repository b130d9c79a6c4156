<?php
/**
 * PrestaShop's ObjectModel: one row of `table` (plus `table_lang` rows for multilingual
 * fields) mapped to public properties, described by static::$definition.
 *
 * Kept from PrestaShop 8.2: add() runs actionObjectAddAfter and actionObject<Class>AddAfter once
 * the row is stored; fields are validated before add() and update() (Validate::<rule>,
 * `size`, `required`) and an invalid one throws PrestaShopException naming the class and the
 * property; string values go through pSQL(), so tags are stripped unless the field is
 * TYPE_HTML; a multilingual property is [id_lang => value], or a plain value when the object
 * was loaded for one language.
 */
abstract class ObjectModel
{
    public const TYPE_INT = 1;
    public const TYPE_BOOL = 2;
    public const TYPE_STRING = 3;
    public const TYPE_FLOAT = 4;
    public const TYPE_DATE = 5;
    public const TYPE_HTML = 6;
    public const TYPE_NOTHING = 7;
    public const TYPE_SQL = 8;

    /** @var int|null */
    public $id;

    /** @var int|null */
    protected $id_lang;

    /** @var int|null */
    protected $id_shop;

    public static $definition = [];

    public function __construct($id = null, $id_lang = null, $id_shop = null)
    {
        $this->id_lang = $id_lang !== null ? (int) $id_lang : null;
        $this->id_shop = $id_shop !== null ? (int) $id_shop : null;
        if ($id) {
            $this->load((int) $id);
        }
    }

    private function load(int $id): void
    {
        $def = static::$definition;
        $row = Db::getInstance()->getRow('SELECT * FROM `' . _DB_PREFIX_ . $def['table'] . '`
            WHERE `' . $def['primary'] . '` = ' . $id);
        if (!$row) {
            return;
        }
        $this->id = $id;
        foreach ($row as $key => $value) {
            if (property_exists($this, $key) && $key !== $def['primary']) {
                $this->{$key} = $value;
            }
        }
        if (!empty($def['multilang'])) {
            $this->loadLang($id);
        }
    }

    private function loadLang(int $id): void
    {
        $def = static::$definition;
        $sql = 'SELECT * FROM `' . _DB_PREFIX_ . $def['table'] . '_lang` WHERE `' . $def['primary'] . '` = ' . $id;
        if (!empty($def['multilang_shop'])) {
            $sql .= ' AND id_shop = ' . (int) ($this->id_shop ?: 1);
        }
        if ($this->id_lang !== null) {
            $sql .= ' AND id_lang = ' . $this->id_lang;
        }
        foreach (Db::getInstance()->executeS($sql) ?: [] as $row) {
            foreach ($def['fields'] as $field => $rule) {
                if (empty($rule['lang']) || !array_key_exists($field, $row)) {
                    continue;
                }
                if ($this->id_lang !== null) {
                    $this->{$field} = $row[$field];
                } else {
                    if (!is_array($this->{$field})) {
                        $this->{$field} = [];
                    }
                    $this->{$field}[(int) $row['id_lang']] = $row[$field];
                }
            }
        }
    }

    public function add($auto_date = true, $null_values = false)
    {
        if ($auto_date && property_exists($this, 'date_add') && empty($this->date_add)) {
            $this->date_add = date('Y-m-d H:i:s');
        }
        if ($auto_date && property_exists($this, 'date_upd')) {
            $this->date_upd = date('Y-m-d H:i:s');
        }
        $def = static::$definition;
        $fields = $this->getFields();
        if (isset($this->id) && $this->id && !empty($this->force_id)) {
            $fields[$def['primary']] = (int) $this->id;
        }
        $db = Db::getInstance();
        if (!$db->insert($def['table'], $fields, $null_values)) {
            return false;
        }
        $this->id = (int) $db->Insert_ID();
        if (!$this->saveShopAssociation()) {
            return false;
        }
        $result = $this->saveLangFields(false);

        // As in PrestaShop 8.2, these run once the row and its shop rows are stored, even when a
        // language row failed.
        Hook::exec('actionObjectAddAfter', ['object' => $this]);
        Hook::exec('actionObject' . get_class($this) . 'AddAfter', ['object' => $this]);

        return $result;
    }

    public function update($null_values = false)
    {
        if (property_exists($this, 'date_upd')) {
            $this->date_upd = date('Y-m-d H:i:s');
        }
        $def = static::$definition;
        $fields = $this->getFields();
        if (!Db::getInstance()->update($def['table'], $fields, '`' . $def['primary'] . '` = ' . (int) $this->id, 0, $null_values)) {
            return false;
        }

        return $this->saveLangFields(true);
    }

    public function save($null_values = false, $auto_date = true)
    {
        return (int) $this->id > 0 ? $this->update($null_values) : $this->add($auto_date, $null_values);
    }

    public function delete()
    {
        $def = static::$definition;
        $db = Db::getInstance();
        $where = '`' . $def['primary'] . '` = ' . (int) $this->id;
        $result = $db->delete($def['table'], $where);
        if (!empty($def['multilang'])) {
            $result = $db->delete($def['table'] . '_lang', $where) && $result;
        }
        if (!empty($def['shop_table'])) {
            $result = $db->delete($def['table'] . '_shop', $where) && $result;
        }

        return $result;
    }

    /**
     * Returns the validated, escaped non-multilingual fields of the row.
     */
    public function getFields()
    {
        $this->validateFields();
        $fields = [];
        foreach (static::$definition['fields'] as $field => $rule) {
            if (!empty($rule['lang'])) {
                continue;
            }
            $fields[$field] = self::formatValue($this->{$field} ?? null, $rule['type'] ?? self::TYPE_STRING, !empty($rule['allow_null']));
        }

        return $fields;
    }

    public static function formatValue($value, $type, $allow_null = false)
    {
        if ($allow_null && $value === null) {
            return ['type' => 'sql', 'value' => 'NULL'];
        }
        switch ($type) {
            case self::TYPE_INT:
                return (int) $value;
            case self::TYPE_BOOL:
                return (int) (bool) $value;
            case self::TYPE_FLOAT:
                return (float) str_replace(',', '.', (string) $value);
            case self::TYPE_DATE:
                return $value ? pSQL((string) $value) : '0000-00-00 00:00:00';
            case self::TYPE_HTML:
                return pSQL((string) $value, true);
            case self::TYPE_NOTHING:
                return $value;
            case self::TYPE_SQL:
                return ['type' => 'sql', 'value' => $value];
            default:
                return pSQL((string) $value);
        }
    }

    public function validateFields($die = true, $error_return = false)
    {
        foreach (static::$definition['fields'] as $field => $rule) {
            if (!empty($rule['lang'])) {
                $values = is_array($this->{$field}) ? $this->{$field} : [0 => $this->{$field}];
                foreach ($values as $value) {
                    $message = $this->validateField($field, $value);
                    if ($message !== true) {
                        return $this->fieldError($message, $die, $error_return);
                    }
                }
                continue;
            }
            $message = $this->validateField($field, $this->{$field} ?? null);
            if ($message !== true) {
                return $this->fieldError($message, $die, $error_return);
            }
        }

        return true;
    }

    private function fieldError($message, $die, $error_return)
    {
        if ($die) {
            throw new PrestaShopException($message);
        }

        return $error_return ? $message : false;
    }

    public function validateField($field, $value, $id_lang = null, $skip = [], $human_errors = false)
    {
        $rule = static::$definition['fields'][$field];
        $class = get_class($this);
        if (!empty($rule['required']) && ($value === null || $value === '' || $value === false)) {
            if (!(($rule['type'] ?? 0) === self::TYPE_INT || ($rule['type'] ?? 0) === self::TYPE_BOOL) || $value === null || $value === '') {
                return sprintf('Property %s is empty.', $class . '->' . $field);
            }
        }
        if ($value === null || $value === '' || (empty($rule['required']) && $value === false)) {
            return true;
        }
        if (!empty($rule['validate'])) {
            $method = $rule['validate'];
            if (!Validate::$method($value)) {
                return sprintf('Property %s is not valid', $class . '->' . $field);
            }
        }
        if (!empty($rule['size'])) {
            $size = is_array($rule['size']) ? $rule['size'] : ['min' => 0, 'max' => $rule['size']];
            $length = Tools::strlen((string) $value);
            if ($length < $size['min'] || $length > $size['max']) {
                return sprintf('Property %s length (%d) must be between %d and %d', $class . '->' . $field, $length, $size['min'], $size['max']);
            }
        }

        return true;
    }

    private function saveLangFields(bool $replace): bool
    {
        $def = static::$definition;
        if (empty($def['multilang'])) {
            return true;
        }
        $langFields = array_filter($def['fields'], static fn (array $rule): bool => !empty($rule['lang']));
        if ($langFields === []) {
            return true;
        }
        $db = Db::getInstance();
        $result = true;
        foreach (Language::getIDs(false) as $idLang) {
            $row = [$def['primary'] => (int) $this->id, 'id_lang' => (int) $idLang];
            if (!empty($def['multilang_shop'])) {
                $row['id_shop'] = (int) ($this->id_shop ?: 1);
            }
            foreach ($langFields as $field => $rule) {
                $value = $this->{$field};
                if (is_array($value)) {
                    $value = $value[$idLang] ?? $value[(int) Configuration::get('PS_LANG_DEFAULT')] ?? reset($value);
                }
                $row[$field] = self::formatValue($value, $rule['type'] ?? self::TYPE_STRING);
            }
            $result = $db->insert($def['table'] . '_lang', $row, false, true, $replace ? Db::REPLACE : Db::INSERT) && $result;
        }

        return $result;
    }

    private function saveShopAssociation(): bool
    {
        $def = static::$definition;
        if (empty($def['shop_table'])) {
            return true;
        }

        return Db::getInstance()->insert($def['table'] . '_shop', [
            $def['primary'] => (int) $this->id,
            'id_shop' => (int) ($this->id_shop ?: 1),
        ], false, true, Db::INSERT_IGNORE);
    }

    public static function existsInDatabase($id_entity, $table = null)
    {
        $table = $table ?? static::$definition['table'];
        $primary = static::$definition['primary'] ?? 'id_' . $table;

        return (bool) Db::getInstance()->getValue('SELECT `' . bqSQL($primary) . '` FROM `' . _DB_PREFIX_ . bqSQL($table) . '`
            WHERE `' . bqSQL($primary) . '` = ' . (int) $id_entity);
    }

    public function getFieldByLang($field_name, $id_lang = null)
    {
        $idLang = (int) ($id_lang ?: Configuration::get('PS_LANG_DEFAULT'));
        $value = $this->{$field_name};

        return is_array($value) ? ($value[$idLang] ?? reset($value)) : $value;
    }
}
