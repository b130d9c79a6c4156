<?php
/**
 * PrestaShop's Hook: exec() calls hook<Name>() on every active module registered in the hook,
 * in position order, and joins string results (or returns them by module with $array_return).
 *
 * As in PrestaShop 8.2's Hook::callHookOn, an exception thrown by a module's hook method is dropped
 * and that module's result is ''. With _PS_MODE_DEV_ on, it is thrown again wrapped in
 * CoreException with the same message.
 */
class Hook extends ObjectModel
{
    public $name;
    public $title;
    public $description;
    public $position = 1;
    public $active = true;

    public static $definition = [
        'table' => 'hook',
        'primary' => 'id_hook',
        'fields' => [
            'name' => ['type' => self::TYPE_STRING, 'validate' => 'isHookName', 'required' => true, 'size' => 191],
            'title' => ['type' => self::TYPE_STRING],
            'description' => ['type' => self::TYPE_HTML, 'size' => 65000],
            'position' => ['type' => self::TYPE_BOOL],
            'active' => ['type' => self::TYPE_BOOL],
        ],
    ];

    public static function getIdByName($hook_name, bool $withAliases = true, bool $refreshCache = false)
    {
        return (int) Db::getInstance()->getValue('SELECT id_hook FROM ' . _DB_PREFIX_ . "hook WHERE name = '" . pSQL($hook_name) . "'");
    }

    public static function exec(
        $hook_name,
        $hook_args = [],
        $id_module = null,
        $array_return = false,
        $check_exceptions = true,
        $use_push = false,
        $id_shop = null,
        $chain = false
    ) {
        $rows = Db::getInstance()->executeS('SELECT m.id_module, m.name FROM ' . _DB_PREFIX_ . 'hook_module hm
            INNER JOIN ' . _DB_PREFIX_ . 'hook h ON h.id_hook = hm.id_hook
            INNER JOIN ' . _DB_PREFIX_ . "module m ON m.id_module = hm.id_module AND m.active = 1
            WHERE h.name = '" . pSQL($hook_name) . "'" . ($id_module ? ' AND m.id_module = ' . (int) $id_module : '') . '
            ORDER BY hm.position');
        $output = $array_return ? [] : '';
        foreach ($rows ?: [] as $row) {
            $module = Module::getInstanceByName($row['name']);
            $method = 'hook' . ucfirst($hook_name);
            if (!$module || !is_callable([$module, $method])) {
                continue;
            }
            $hook_args['cookie'] = $hook_args['cookie'] ?? Context::getContext()->cookie;
            $hook_args['cart'] = $hook_args['cart'] ?? Context::getContext()->cart;
            $result = self::callHookOn($module, $method, $hook_args);
            if ($array_return) {
                $output[$row['name']] = $result;
            } elseif (is_string($result)) {
                $output .= $result;
            }
        }

        return $output;
    }

    private static function callHookOn($module, $method, array $hook_args)
    {
        try {
            return $module->{$method}($hook_args);
        } catch (Exception $exception) {
            if (_PS_MODE_DEV_) {
                throw new \PrestaShop\PrestaShop\Core\Exception\CoreException($exception->getMessage(), (int) $exception->getCode(), $exception);
            }
        }

        return '';
    }
}
