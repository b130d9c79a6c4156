<?php
/**
 * PrestaShop's Module: install() writes ps_module and ps_module_shop, hooks live in
 * ps_hook_module, uninstall() removes both. Templates render with the context's Smarty.
 */
abstract class Module
{
    public $id;
    public $name;
    public $displayName;
    public $description;
    public $version;
    public $author;
    public $tab;
    public $need_instance = 0;
    public $ps_versions_compliancy = [];
    public $bootstrap = false;
    public $active = false;
    public $confirmUninstall;
    public $controllers = [];
    public $currencies;
    public $currencies_mode;
    public $limited_countries = [];
    public $warning;
    public $_errors = [];
    protected $context;
    protected $_path;
    protected $local_path;

    public function __construct($name = null, ?Context $context = null)
    {
        $this->name = $this->name ?? $name;
        $this->context = $context ?? Context::getContext();
        $this->_path = __PS_BASE_URI__ . 'modules/' . $this->name . '/';
        $this->local_path = _PS_MODULE_DIR_ . $this->name . '/';
        // NOTE: PrestaShop would fail here when the database is down; the double leaves the
        // module unloaded so its front controller can meet the failure itself.
        try {
            $row = $this->name ? Db::getInstance()->getRow('SELECT id_module, active FROM ' . _DB_PREFIX_ . "module
                WHERE name = '" . pSQL($this->name) . "'") : false;
        } catch (PrestaShopDatabaseException $e) {
            $row = false;
        }
        if ($row) {
            $this->id = (int) $row['id_module'];
            $this->active = (bool) $row['active'];
        }
    }

    public function install()
    {
        if (!Validate::isModuleName($this->name)) {
            $this->_errors[] = 'Unable to install the module (Module name is not valid).';

            return false;
        }
        if (Module::isInstalled($this->name)) {
            $this->_errors[] = 'This module has already been installed.';

            return false;
        }
        $min = $this->ps_versions_compliancy['min'] ?? '1.0.0';
        $max = $this->ps_versions_compliancy['max'] ?? _PS_VERSION_;
        if (version_compare(_PS_VERSION_, $min, '<') || version_compare(_PS_VERSION_, str_replace('.99', '.999', $max), '>')) {
            $this->_errors[] = 'The version of your module is not compliant with your PrestaShop version.';

            return false;
        }
        $db = Db::getInstance();
        if (!$db->insert('module', ['name' => pSQL($this->name), 'active' => 1, 'version' => pSQL((string) $this->version)])) {
            return false;
        }
        $this->id = (int) $db->Insert_ID();
        $this->active = true;
        $db->insert('module_shop', ['id_module' => $this->id, 'id_shop' => 1, 'enable_device' => 7]);
        Hook::exec('actionModuleInstallAfter', ['object' => $this]);

        return true;
    }

    public function uninstall()
    {
        if (!Validate::isUnsignedId($this->id)) {
            $this->_errors[] = 'The module is not installed.';

            return false;
        }
        $db = Db::getInstance();
        $db->delete('hook_module', 'id_module = ' . (int) $this->id);
        $db->delete('module_shop', 'id_module = ' . (int) $this->id);
        $result = $db->delete('module', 'id_module = ' . (int) $this->id);
        $this->id = null;

        return $result;
    }

    public function enable($force_all = false)
    {
        return Db::getInstance()->update('module', ['active' => 1], "name = '" . pSQL($this->name) . "'");
    }

    public function disable($force_all = false)
    {
        return Db::getInstance()->update('module', ['active' => 0], "name = '" . pSQL($this->name) . "'");
    }

    public static function isInstalled($module_name)
    {
        return (bool) Db::getInstance()->getValue('SELECT id_module FROM ' . _DB_PREFIX_ . "module WHERE name = '" . pSQL($module_name) . "'");
    }

    public static function isEnabled($module_name)
    {
        return (bool) Db::getInstance()->getValue('SELECT active FROM ' . _DB_PREFIX_ . "module WHERE name = '" . pSQL($module_name) . "'");
    }

    public static function getModuleIdByName($name)
    {
        return (int) Db::getInstance()->getValue('SELECT id_module FROM ' . _DB_PREFIX_ . "module WHERE name = '" . pSQL($name) . "'");
    }

    /**
     * Loads modules/<name>/<name>.php and returns an instance, or false when it is missing.
     */
    public static function getInstanceByName($module_name)
    {
        if (!Validate::isModuleName($module_name)) {
            return false;
        }
        $file = _PS_MODULE_DIR_ . $module_name . '/' . $module_name . '.php';
        if (!class_exists($module_name, false)) {
            if (!is_file($file)) {
                return false;
            }
            require_once $file;
        }
        if (!class_exists($module_name, false)) {
            return false;
        }

        return new $module_name();
    }

    public static function getInstanceById($id_module)
    {
        $name = Db::getInstance()->getValue('SELECT name FROM ' . _DB_PREFIX_ . 'module WHERE id_module = ' . (int) $id_module);

        return $name ? self::getInstanceByName($name) : false;
    }

    public function registerHook($hook_name, $shop_list = null)
    {
        $result = true;
        foreach ((array) $hook_name as $name) {
            if (!Validate::isHookName($name)) {
                throw new PrestaShopException('Invalid hook name');
            }
            $idHook = Hook::getIdByName($name);
            if (!$idHook) {
                Db::getInstance()->insert('hook', ['name' => pSQL($name), 'title' => pSQL($name), 'description' => '']);
                $idHook = (int) Db::getInstance()->Insert_ID();
            }
            if ($this->isRegisteredInHook($name)) {
                continue;
            }
            $position = (int) Db::getInstance()->getValue('SELECT MAX(position) FROM ' . _DB_PREFIX_ . 'hook_module WHERE id_hook = ' . (int) $idHook) + 1;
            $result = Db::getInstance()->insert('hook_module', [
                'id_module' => (int) $this->id,
                'id_shop' => 1,
                'id_hook' => (int) $idHook,
                'position' => $position,
            ]) && $result;
        }

        return $result;
    }

    public function unregisterHook($hook_id, $shop_list = null)
    {
        $idHook = is_numeric($hook_id) ? (int) $hook_id : Hook::getIdByName($hook_id);
        if (!$idHook) {
            return false;
        }

        return Db::getInstance()->delete('hook_module', 'id_module = ' . (int) $this->id . ' AND id_hook = ' . (int) $idHook);
    }

    public function isRegisteredInHook($hook)
    {
        if (!$this->id) {
            return false;
        }
        $idHook = is_numeric($hook) ? (int) $hook : Hook::getIdByName($hook);

        return (bool) Db::getInstance()->getValue('SELECT COUNT(*) FROM ' . _DB_PREFIX_ . 'hook_module
            WHERE id_module = ' . (int) $this->id . ' AND id_hook = ' . (int) $idHook);
    }

    public function trans($id, array $parameters = [], $domain = null, $locale = null)
    {
        return $this->context->getTranslator()->trans($id, $parameters, $domain, $locale);
    }

    public function l($string, $specific = false, $locale = null)
    {
        return $string;
    }

    public function display($file, $template, $cache_id = null, $compile_id = null)
    {
        $path = $this->getTemplatePath($template);
        if ($path === null) {
            return '';
        }

        return $this->context->smarty->fetch($path, $cache_id, $compile_id);
    }

    public function fetch($templatePath, $cache_id = null, $compile_id = null)
    {
        return $this->context->smarty->fetch($templatePath, $cache_id, $compile_id);
    }

    public function getTemplatePath($template)
    {
        foreach (['views/templates/hook/', 'views/templates/front/', 'views/templates/admin/', ''] as $folder) {
            $file = $this->local_path . $folder . $template;
            if (is_file($file)) {
                return $file;
            }
        }

        return null;
    }

    public function getPathUri()
    {
        return $this->_path;
    }

    public function getLocalPath()
    {
        return $this->local_path;
    }

    public function displayConfirmation($string)
    {
        return '<div class="alert alert-success">' . $string . '</div>';
    }

    public function displayError($error)
    {
        $errors = is_array($error) ? $error : [$error];

        return '<div class="alert alert-danger">' . implode('<br>', $errors) . '</div>';
    }

    public function displayWarning($warning)
    {
        return '<div class="alert alert-warning">' . (is_array($warning) ? implode('<br>', $warning) : $warning) . '</div>';
    }

    public function getErrors()
    {
        return $this->_errors;
    }

    public function isUsingNewTranslationSystem()
    {
        return true;
    }
}
